/**
 * Bulk import of households and people from CSV and XLSX files in the documented template: the
 * upload is checked whole before anything is stored (size, encoding, structure, headers), then
 * imported in the background as a job with progress, batch by batch through the household
 * feature's bulk write, with every refused row reported by line, column and reason. Rows are
 * idempotent, so a re-upload or a resumed job stores nothing twice.
 */
package vn.ansinh.bulkimport;
