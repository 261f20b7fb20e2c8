/**
 * Households: code, commune, village, address, head and members with their relation to the head,
 * and poverty status (poor, near-poor, none) as a dated history whose corrections keep what they
 * correct. Also the bulk write of households and people that imports use.
 */
package vn.ansinh.household;
