import * as migration_20261121_193515_initial from './20261121_193515_initial';
import * as migration_20261121_211603_opening_hours from './20261121_211603_opening_hours';
import * as migration_20261121_213032_contact_details from './20261121_213032_contact_details';
import * as migration_20261121_220858_e_services from './20261121_220858_e_services';
import * as migration_20261121_222408_klarkoll_gate from './20261121_222408_klarkoll_gate';
import * as migration_20261121_223609_klarkoll_dashboard from './20261121_223609_klarkoll_dashboard';
import * as migration_20261121_230511_klarkoll_media from './20261121_230511_klarkoll_media';
import * as migration_20261122_012317_accessibility_statement from './20261122_012317_accessibility_statement';
import * as migration_20261122_023950_review_workflow from './20261122_023950_review_workflow';
import * as migration_20261122_025552_link_checks_and_digests from './20261122_025552_link_checks_and_digests';
import * as migration_20261122_043008_drop_reminded_for from './20261122_043008_drop_reminded_for';
import * as migration_20261122_055949_klarkoll_claims from './20261122_055949_klarkoll_claims';
import * as migration_20261207_040249_eve_hours from './20261207_040249_eve_hours';
import * as migration_20261207_042318_visit_coordinates from './20261207_042318_visit_coordinates';
import * as migration_20261207_043601_resident_contact_fields from './20261207_043601_resident_contact_fields';
import * as migration_20261207_072024_e_service_confirmation_time from './20261207_072024_e_service_confirmation_time';
import * as migration_20261207_141015_klarkoll_audit_runs from './20261207_141015_klarkoll_audit_runs';
import * as migration_20261207_165320_language_versions from './20261207_165320_language_versions';

export const migrations = [
  {
    up: migration_20261121_193515_initial.up,
    down: migration_20261121_193515_initial.down,
    name: '20261121_193515_initial',
  },
  {
    up: migration_20261121_211603_opening_hours.up,
    down: migration_20261121_211603_opening_hours.down,
    name: '20261121_211603_opening_hours',
  },
  {
    up: migration_20261121_213032_contact_details.up,
    down: migration_20261121_213032_contact_details.down,
    name: '20261121_213032_contact_details',
  },
  {
    up: migration_20261121_220858_e_services.up,
    down: migration_20261121_220858_e_services.down,
    name: '20261121_220858_e_services',
  },
  {
    up: migration_20261121_222408_klarkoll_gate.up,
    down: migration_20261121_222408_klarkoll_gate.down,
    name: '20261121_222408_klarkoll_gate',
  },
  {
    up: migration_20261121_223609_klarkoll_dashboard.up,
    down: migration_20261121_223609_klarkoll_dashboard.down,
    name: '20261121_223609_klarkoll_dashboard',
  },
  {
    up: migration_20261121_230511_klarkoll_media.up,
    down: migration_20261121_230511_klarkoll_media.down,
    name: '20261121_230511_klarkoll_media',
  },
  {
    up: migration_20261122_012317_accessibility_statement.up,
    down: migration_20261122_012317_accessibility_statement.down,
    name: '20261122_012317_accessibility_statement',
  },
  {
    up: migration_20261122_023950_review_workflow.up,
    down: migration_20261122_023950_review_workflow.down,
    name: '20261122_023950_review_workflow',
  },
  {
    up: migration_20261122_025552_link_checks_and_digests.up,
    down: migration_20261122_025552_link_checks_and_digests.down,
    name: '20261122_025552_link_checks_and_digests',
  },
  {
    up: migration_20261122_043008_drop_reminded_for.up,
    down: migration_20261122_043008_drop_reminded_for.down,
    name: '20261122_043008_drop_reminded_for',
  },
  {
    up: migration_20261122_055949_klarkoll_claims.up,
    down: migration_20261122_055949_klarkoll_claims.down,
    name: '20261122_055949_klarkoll_claims',
  },
  {
    up: migration_20261207_040249_eve_hours.up,
    down: migration_20261207_040249_eve_hours.down,
    name: '20261207_040249_eve_hours',
  },
  {
    up: migration_20261207_042318_visit_coordinates.up,
    down: migration_20261207_042318_visit_coordinates.down,
    name: '20261207_042318_visit_coordinates',
  },
  {
    up: migration_20261207_043601_resident_contact_fields.up,
    down: migration_20261207_043601_resident_contact_fields.down,
    name: '20261207_043601_resident_contact_fields',
  },
  {
    up: migration_20261207_072024_e_service_confirmation_time.up,
    down: migration_20261207_072024_e_service_confirmation_time.down,
    name: '20261207_072024_e_service_confirmation_time',
  },
  {
    up: migration_20261207_141015_klarkoll_audit_runs.up,
    down: migration_20261207_141015_klarkoll_audit_runs.down,
    name: '20261207_141015_klarkoll_audit_runs',
  },
  {
    up: migration_20261207_165320_language_versions.up,
    down: migration_20261207_165320_language_versions.down,
    name: '20261207_165320_language_versions'
  },
];
