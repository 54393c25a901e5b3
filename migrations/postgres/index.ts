import * as migration_20261121_193510_initial from './20261121_193510_initial'

export const migrations = [
  {
    up: migration_20261121_193510_initial.up,
    down: migration_20261121_193510_initial.down,
    name: '20261121_193510_initial',
  },
]
