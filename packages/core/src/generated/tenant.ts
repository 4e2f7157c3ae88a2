/* Generated from schemas/tenant.schema.json (and the files it references) by scripts/generate.mjs: do not edit, run `npm run generate`. */

import type { Localized } from '../localize.ts';

/**
 * A municipality using Festplatz, with the office that handles applications and its initial staff.
 */
export interface Tenant {
  /**
   * Optional reference to this meta-schema so editors can offer completion and checks.
   */
  $schema?: string;
  /**
   * Stable identifier of the municipality, e.g. `soest`.
   */
  id: string;
  name: Localized;
  office: Localized;
  /**
   * Staff members granted a role when the tenant is set up.
   */
  staff: StaffMember[];
}
/**
 * A staff member and their role in this municipality.
 */
export interface StaffMember {
  /**
   * E-mail address the staff member signs in with.
   */
  email: string;
  /**
   * Role: `admin` configures, `clerk` processes, `reviewer` scores, `auditor` reads.
   */
  role: 'admin' | 'clerk' | 'reviewer' | 'auditor';
}
