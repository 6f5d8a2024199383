// Every call the desk makes to an engine goes through here: one deadline per call, and failures as EngineError,
// so that a relay can always fall back to the untranslated message instead of waiting or crashing.
import { guarded, type Translator, type Transcriber } from "#src/domain/translation.js";

export function translatorWithTimeout(translator: Translator, timeoutMs: number): Translator {
  const name = translator.name;
  const wrapped: Translator = {
    name,
    languages: () => guarded(name, timeoutMs, () => translator.languages()),
    translate: (text, from, to, signal) =>
      guarded(name, timeoutMs, (inner) => translator.translate(text, from, to, inner), signal),
  };
  const detect = translator.detect?.bind(translator);
  if (detect) wrapped.detect = (text, signal) => guarded(name, timeoutMs, (inner) => detect(text, inner), signal);
  return wrapped;
}

export function transcriberWithTimeout(transcriber: Transcriber, timeoutMs: number): Transcriber {
  const name = transcriber.name;
  return {
    name,
    transcribe: (audio, options) =>
      guarded(name, timeoutMs, (signal) => transcriber.transcribe(audio, { ...options, signal }), options.signal),
  };
}
