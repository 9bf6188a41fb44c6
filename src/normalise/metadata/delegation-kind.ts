import type {DelegationKind} from '../meta.ts'
import {forums, organisations} from '../vocabulary/organisations.ts'
import {stateNames} from '../vocabulary/states.ts'

const states = new Set(Object.values(stateNames))

/** States speaking together: regional and political groups, and unions that speak for their members. */
const groups = new Set([
  'European Union', 'African Union', 'Non-Aligned Movement', 'Group of African States', 'Group of Arab States',
  'Organisation of Islamic Cooperation', 'Nordic countries', 'Group of Latin American and Caribbean States',
  'Community of Latin American and Caribbean States', 'Association of Southeast Asian Nations', 'Caribbean Community',
  'New Agenda Coalition',
])

/** Campaigns, non-governmental organisations and research institutes of the vocabulary. */
const civilSociety = new Set([
  'International Campaign to Ban Landmines', 'Cluster Munition Coalition', 'International Campaign to Abolish Nuclear Weapons',
  'Humanity & Inclusion', 'Mines Advisory Group', 'The HALO Trust', "Norwegian People's Aid", 'DanChurchAid',
  'Danish Refugee Council', 'Human Rights Watch', 'Amnesty International', 'Action on Armed Violence', 'Article 36', 'PAX',
  'Control Arms', 'Geneva Call', 'Stockholm International Peace Research Institute',
])

/** Every other organisation of the vocabulary is intergovernmental or of the Red Cross and Red Crescent Movement. */
const internationalOrganisations = new Set([...organisations, ...forums].map(({name}) => name).filter((name) => !groups.has(name) && !civilSociety.has(name)))

/**
 * What kind of delegation delivers the statement, from its first organisation. A name the
 * vocabulary does not know is civil society unless it names a group of States or a UN body:
 * the organisations missing from it are mostly the many NGOs that take the floor.
 */
export function delegationKind(organisationNames: string[]): DelegationKind | null {
  const first = organisationNames[0]
  if (first === undefined) return null
  if (states.has(first)) return 'state'
  if (groups.has(first) || /^Group of\b/i.test(first)) return 'group'
  if (civilSociety.has(first)) return 'civil-society'
  if (internationalOrganisations.has(first) || /\bUnited Nations\b/.test(first)) return 'international-organisation'
  return 'civil-society'
}
