// The format's plain constants, apart from the zod schemas that use them: code that needs only these (the
// quick structure checks, building a response) then carries no zod into a browser bundle.

/** The major version of the instrument and response formats. A breaking change raises it (see VERSIONING.md). */
export const SCHEMA_MAJOR = 1;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;
