/**
 * Forms: multi-step input for every module (see defineForm.ts). The kernel installs
 * `formsCommands()` before the modules and routes a private chat's ordinary messages to the
 * module named by `session.form` (moduleRouter.ts); a module builds its forms with `defineForm`
 * and installs each `form.feature`.
 */
export { defineForm, type Form, FormBuilder, type FormOptions, type InitialAnswers } from "./defineForm.js";
export type { ActiveForm } from "./formState.js";
export { type FormsCommandsOptions, formsCommands } from "./formsCommands.js";
export type {
  Choice,
  ChoiceList,
  ChoiceProblem,
  ChoiceResult,
  ChoiceView,
  FormPhoto,
  Invalid,
  InvalidAnswer,
  PhotoAnswer,
  Prompt,
  SubmitOutcome,
} from "./formTypes.js";
