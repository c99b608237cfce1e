// The database rows that resolvers pass around (graphql-codegen maps GraphQL types to them).
import type { AdminUnit, Area, AuditLog, ChangeEvent, ContraceptiveSpell, Household, Marriage, Person, Residence, User } from "@danso/db";

export type UnitModel = AdminUnit;
export type AreaModel = Area;
export type HouseholdModel = Household;
/** `opened`: reached through person(id), the audited view of the record (full CCCD). */
export type PersonModel = Person & { opened?: boolean };
export type ResidenceModel = Residence;
export type MarriageModel = Marriage;
export type ContraceptiveSpellModel = ContraceptiveSpell;
export type ChangeEventModel = ChangeEvent;
export type AuditModel = AuditLog;
export type UserModel = Pick<User, "id" | "login" | "fullName" | "role">;
export type { Viewer as ViewerModel } from "./viewer.js";
/** A person of another commune matched by an arrival's identity, and where they live. */
export interface ArrivalMatchModel { person: Person; originUnitId: number }
export type { PendingArrival as PendingArrivalModel } from "@danso/db";
export type { Report as ReportModel, CommuneTimeliness as CommuneTimelinessModel } from "@danso/db";
export type { User as UserAccountModel } from "@danso/db";
export type SavedProjectionModel = import("@danso/db").SavedProjection & { unit: AdminUnit };
