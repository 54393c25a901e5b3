import type { ServerProps } from 'payload'

import React from 'react'

/** "Klarkoll – översikt" in the admin navigation, for signed-in users. */
export const KlarkollNavLink = ({ payload, user }: ServerProps) =>
  user ? (
    <a className="nav__link" href={`${payload.config.routes.admin}/klarkoll`} id="nav-klarkoll">
      <span className="nav__link-label">Klarkoll – översikt</span>
    </a>
  ) : null
