package io.storyloom.system;

/** One bad field of a request: its name as sent (snake_case, with its path) and what is wrong. */
record FieldProblem(String field, String message) {
}
