// The handler of each recordable event type.
import type { RecordableEventType } from "@danso/domain";
import { birthHandler } from "./birth.js";
import { deathHandler } from "./death.js";
import { educationHandler } from "./education.js";
import type { EventHandler } from "./handler.js";
import { householdMergeHandler, householdSplitHandler } from "./household.js";
import { divorceHandler, marriageHandler } from "./marriage.js";
import { moveInHandler, moveOutHandler } from "./move.js";
import {
  contraceptionChangeHandler, contraceptionStartHandler, contraceptionStopHandler, elderlyCheckupHandler, newbornScreeningHandler,
  pregnancyHandler, prenatalScreeningHandler,
} from "./reproductive.js";

// Each handler's `apply` gets back exactly the facts its own `check` returned, so the
// registry may forget their types.
const erase = <T extends RecordableEventType, F>(h: EventHandler<T, F>) => h as unknown as EventHandler<T, unknown>;

export const HANDLERS: { [T in RecordableEventType]: EventHandler<T, unknown> } = {
  BIRTH: erase(birthHandler),
  DEATH: erase(deathHandler),
  MOVE_OUT: erase(moveOutHandler),
  MOVE_IN: erase(moveInHandler),
  MARRIAGE: erase(marriageHandler),
  DIVORCE: erase(divorceHandler),
  CONTRACEPTION_START: erase(contraceptionStartHandler),
  CONTRACEPTION_STOP: erase(contraceptionStopHandler),
  CONTRACEPTION_CHANGE: erase(contraceptionChangeHandler),
  PREGNANCY: erase(pregnancyHandler),
  PRENATAL_SCREENING: erase(prenatalScreeningHandler),
  NEWBORN_SCREENING: erase(newbornScreeningHandler),
  ELDERLY_CHECKUP: erase(elderlyCheckupHandler),
  EDUCATION_CHANGE: erase(educationHandler),
  HOUSEHOLD_SPLIT: erase(householdSplitHandler),
  HOUSEHOLD_MERGE: erase(householdMergeHandler),
};
