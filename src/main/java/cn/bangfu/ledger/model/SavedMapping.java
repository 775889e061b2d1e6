package cn.bangfu.ledger.model;

/**
 * A column mapping the clerk saved: for files whose header has this signature, which header holds which field.
 *
 * @param mappingJson {"field key": "header name", ...}
 */
public record SavedMapping(Long id, String name, String kind, String signature, String mappingJson, String savedAt) {
}
