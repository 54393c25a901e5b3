import * as migration_20261121_193510_initial from './20261121_193510_initial';
import * as migration_20261121_211608_opening_hours from './20261121_211608_opening_hours';
import * as migration_20261121_213040_contact_details from './20261121_213040_contact_details';
import * as migration_20261121_220907_e_services from './20261121_220907_e_services';
import * as migration_20261121_222415_klarkoll_gate from './20261121_222415_klarkoll_gate';
import * as migration_20261121_223625_klarkoll_dashboard from './20261121_223625_klarkoll_dashboard';
import * as migration_20261121_230521_klarkoll_media from './20261121_230521_klarkoll_media';
import * as migration_20261122_012321_accessibility_statement from './20261122_012321_accessibility_statement';
import * as migration_20261122_023955_review_workflow from './20261122_023955_review_workflow';
import * as migration_20261122_025558_link_checks_and_digests from './20261122_025558_link_checks_and_digests';
import * as migration_20261122_043014_drop_reminded_for from './20261122_043014_drop_reminded_for';
import * as migration_20261122_055957_klarkoll_claims from './20261122_055957_klarkoll_claims';
import * as migration_20261207_040256_eve_hours from './20261207_040256_eve_hours';
import * as migration_20261207_042325_visit_coordinates from './20261207_042325_visit_coordinates';
import * as migration_20261207_043614_resident_contact_fields from './20261207_043614_resident_contact_fields';
import * as migration_20261207_072033_e_service_confirmation_time from './20261207_072033_e_service_confirmation_time';
import * as migration_20261207_141033_klarkoll_audit_runs from './20261207_141033_klarkoll_audit_runs';
import * as migration_20261207_165330_language_versions from './20261207_165330_language_versions';

export const migrations = [
  {
    up: migration_20261121_193510_initial.up,
    down: migration_20261121_193510_initial.down,
    name: '20261121_193510_initial',
  },
  {
    up: migration_20261121_211608_opening_hours.up,
    down: migration_20261121_211608_opening_hours.down,
    name: '20261121_211608_opening_hours',
  },
  {
    up: migration_20261121_213040_contact_details.up,
    down: migration_20261121_213040_contact_details.down,
    name: '20261121_213040_contact_details',
  },
  {
    up: migration_20261121_220907_e_services.up,
    down: migration_20261121_220907_e_services.down,
    name: '20261121_220907_e_services',
  },
  {
    up: migration_20261121_222415_klarkoll_gate.up,
    down: migration_20261121_222415_klarkoll_gate.down,
    name: '20261121_222415_klarkoll_gate',
  },
  {
    up: migration_20261121_223625_klarkoll_dashboard.up,
    down: migration_20261121_223625_klarkoll_dashboard.down,
    name: '20261121_223625_klarkoll_dashboard',
  },
  {
    up: migration_20261121_230521_klarkoll_media.up,
    down: migration_20261121_230521_klarkoll_media.down,
    name: '20261121_230521_klarkoll_media',
  },
  {
    up: migration_20261122_012321_accessibility_statement.up,
    down: migration_20261122_012321_accessibility_statement.down,
    name: '20261122_012321_accessibility_statement',
  },
  {
    up: migration_20261122_023955_review_workflow.up,
    down: migration_20261122_023955_review_workflow.down,
    name: '20261122_023955_review_workflow',
  },
  {
    up: migration_20261122_025558_link_checks_and_digests.up,
    down: migration_20261122_025558_link_checks_and_digests.down,
    name: '20261122_025558_link_checks_and_digests',
  },
  {
    up: migration_20261122_043014_drop_reminded_for.up,
    down: migration_20261122_043014_drop_reminded_for.down,
    name: '20261122_043014_drop_reminded_for',
  },
  {
    up: migration_20261122_055957_klarkoll_claims.up,
    down: migration_20261122_055957_klarkoll_claims.down,
    name: '20261122_055957_klarkoll_claims',
  },
  {
    up: migration_20261207_040256_eve_hours.up,
    down: migration_20261207_040256_eve_hours.down,
    name: '20261207_040256_eve_hours',
  },
  {
    up: migration_20261207_042325_visit_coordinates.up,
    down: migration_20261207_042325_visit_coordinates.down,
    name: '20261207_042325_visit_coordinates',
  },
  {
    up: migration_20261207_043614_resident_contact_fields.up,
    down: migration_20261207_043614_resident_contact_fields.down,
    name: '20261207_043614_resident_contact_fields',
  },
  {
    up: migration_20261207_072033_e_service_confirmation_time.up,
    down: migration_20261207_072033_e_service_confirmation_time.down,
    name: '20261207_072033_e_service_confirmation_time',
  },
  {
    up: migration_20261207_141033_klarkoll_audit_runs.up,
    down: migration_20261207_141033_klarkoll_audit_runs.down,
    name: '20261207_141033_klarkoll_audit_runs',
  },
  {
    up: migration_20261207_165330_language_versions.up,
    down: migration_20261207_165330_language_versions.down,
    name: '20261207_165330_language_versions'
  },
];
