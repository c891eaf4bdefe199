import type { Entity } from '../claims/claimModel';
import { containsName } from '../matching/namesInText';
import { nameKey } from './speakerDirectory';

/** `person` holds a role named after `body` ("Commissioner of the RCMP" for the RCMP). */
function speaksFor(person: Entity, body: Entity): boolean {
  const names = [body.name, ...body.aliases].map(nameKey);
  return person.roles.some((role) =>
    [role.title, ...role.aliases].some((title) => names.some((name) => containsName(nameKey(title), name))),
  );
}

/**
 * Whether crediting a quote to `credited` is right for a quote recorded as `recorded`'s: the same
 * entity, or an organisation and the office holder who speaks for it (an RCMP statement quoting its
 * commissioner is the RCMP's words too).
 */
export function speakersAgree(credited: Entity, recorded: Entity): boolean {
  return credited === recorded || speaksFor(credited, recorded) || speaksFor(recorded, credited);
}
