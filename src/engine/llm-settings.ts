/**
 * The settings of the optional LLM rewrite, read from the environment: `PARALLAX_LLM_URL` (the
 * OpenAI-compatible base URL, `/v1` included; unset means off), `PARALLAX_LLM_MODEL`,
 * `PARALLAX_LLM_KEY` and `PARALLAX_LLM_TIMEOUT_SECONDS` (default `config.llm.timeoutMs`).
 */
import { llm as llmConfig } from '../config.ts';
import { type ChatEndpoint, describeEndpoint } from '../io/chat-completions.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { diagnose } from '../util/diagnose.ts';

/** The environment variables read. */
export type LlmEnv = Record<string, string | undefined>;

/** What the environment asks for: nothing (off), an endpoint, or a setting that cannot be used (a PX506 warning). */
export type LlmSettings = { endpoint: ChatEndpoint } | { problem: Diagnostic } | null;

/** Reads the rewrite's settings; null when `PARALLAX_LLM_URL` is unset or empty (the default: off). */
export function llmSettingsFrom(env: LlmEnv): LlmSettings {
  const url = env.PARALLAX_LLM_URL?.trim();
  if (!url) return null;
  const problem = (message: string) => ({
    problem: diagnose('warning', 'PX506', 'brief', message, { input: describeEndpoint(url) }),
  });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return problem('PARALLAX_LLM_URL is not a URL; the extractive "what happened" lines stay');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return problem('PARALLAX_LLM_URL is not an http(s) URL; the extractive "what happened" lines stay');
  let timeoutMs: number = llmConfig.timeoutMs;
  const seconds = env.PARALLAX_LLM_TIMEOUT_SECONDS?.trim();
  if (seconds) {
    const n = Number(seconds);
    if (!Number.isFinite(n) || n <= 0)
      return problem(
        `PARALLAX_LLM_TIMEOUT_SECONDS "${seconds}" is not a positive number; the extractive "what happened" lines stay`,
      );
    timeoutMs = Math.round(n * 1000);
  }
  const endpoint: ChatEndpoint = {
    url,
    timeoutMs,
    maxResponseBytes: llmConfig.maxResponseBytes,
    temperature: llmConfig.temperature,
  };
  const model = env.PARALLAX_LLM_MODEL?.trim();
  if (model) endpoint.model = model;
  const key = env.PARALLAX_LLM_KEY?.trim();
  if (key) endpoint.key = key;
  return { endpoint };
}
