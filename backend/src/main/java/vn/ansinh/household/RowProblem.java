package vn.ansinh.household;

/** Why one imported row was not stored: its line, the column (API field name) and a stable code with a message. */
public record RowProblem(int line, String field, String code, String message) {
}
