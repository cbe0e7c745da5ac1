/** Prefixes shorter than this swallow unrelated names (`_s` would match `_shibsession_…`): they apply only on their own domain. */
export const MIN_FREE_PREFIX_LENGTH = 4;
