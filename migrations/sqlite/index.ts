import * as migration_20261121_193515_initial from './20261121_193515_initial';
import * as migration_20261121_211603_opening_hours from './20261121_211603_opening_hours';
import * as migration_20261121_213032_contact_details from './20261121_213032_contact_details';

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
    name: '20261121_213032_contact_details'
  },
];
