package vn.ansinh.area;

/** What a list of units is narrowed to; the query is already folded (no diacritics, lower case). */
record AreaFilter(AreaLevel level, String parentCode, String foldedQuery) {
}
