/**
 * The sub-rows of table 三's groups as the template prints them (../shared/domain/TEMPLATES.md 1b), written
 * out here rather than read from the catalogue, so a test of the catalogue's derivations cannot inherit
 * a mistake of the catalogue's.
 */
export const DENIED = [
  "state_secret",
  "law_prohibited",
  "security_stability",
  "third_party",
  "internal_affairs",
  "process_info",
  "enforcement_file",
  "admin_inquiry",
];
export const UNAVAILABLE = ["not_held", "needs_creation", "unclear_after_amend"];
export const NOT_PROCESSED = ["petition", "duplicate", "publication", "mass_repeat", "confirm_reissue"];
