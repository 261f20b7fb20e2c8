/**
 * Administrative units: the 34 provinces and 3,321 communes in force since 1 July 2025, the 63
 * provinces, 696 districts and 10,035 communes before, with their validity dates and the official
 * mapping from each old unit to its successors. Loaded from the real lists; read-only to users.
 */
package vn.ansinh.area;
