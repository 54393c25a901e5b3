import * as migration_20261121_193510_initial from './20261121_193510_initial';
import * as migration_20261121_211608_opening_hours from './20261121_211608_opening_hours';
import * as migration_20261121_213040_contact_details from './20261121_213040_contact_details';

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
    name: '20261121_213040_contact_details'
  },
];
