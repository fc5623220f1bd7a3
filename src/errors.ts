/**
 * Errors a user caused (bad input, bad flags) as opposed to bugs. The CLI prints these as one line naming
 * the file, with no stack trace; anything else is a bug and is reported as such.
 */
export type InputErrorCode =
  | "EMPTY"
  | "BINARY"
  | "TOO_LARGE"
  | "ENCODING"
  | "MALFORMED"
  | "UNREADABLE"
  | "NOT_A_FILE"
  | "NOT_FOUND";

export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly path: string | null = null,
  ) {
    super(message);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
