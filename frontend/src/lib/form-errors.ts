/**
 * Puts the API's field errors (problem `errors[]`) under the fields of an antd form. The API names
 * fields by JSON path (`fullName`, `payoutAccount.number`, `members[1].birthDate`); forms whose field
 * names mirror the request body get each message under the right field, even inside Form.List rows.
 */
import type { FormInstance } from 'antd';
import type { ApiFieldError } from './problem';

export type FieldPath = (string | number)[];

/** `members[1].birthDate` → ['members', 1, 'birthDate'] */
export function toFieldPath(field: string): FieldPath {
  const path: FieldPath = [];
  for (const part of field.split('.')) {
    const re = /([^[\]]+)|\[(\d+)\]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(part))) path.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  }
  return path;
}

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * Shows each field error under its field. `rename` maps an API path to a form path when they differ.
 * Answers the errors that have no field in the form, for the form-level message.
 */
export function showFieldErrors(
  form: FormInstance,
  errors: readonly ApiFieldError[],
  rename: (path: FieldPath) => FieldPath = (path) => path,
): ApiFieldError[] {
  const registered = form.getFieldsError().map((f) => f.name as FieldPath);
  const byField = new Map<string, { name: FieldPath; messages: string[] }>();
  const unplaced: ApiFieldError[] = [];
  for (const error of errors) {
    const name = rename(toFieldPath(error.field));
    if (!registered.some((r) => samePath(r, name))) {
      unplaced.push(error);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, messages: [] };
    entry.messages.push(error.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, messages }) => ({ name, errors: messages })));
  const first = byField.values().next().value;
  if (first) form.scrollToField(first.name, { block: 'center' });
  return unplaced;
}
