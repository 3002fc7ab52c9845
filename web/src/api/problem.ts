import type { CommandError, Problem } from "./types";

const fieldNames: Record<string, string> = {
  title: "Title",
  description: "Description",
  due: "Due",
  priority: "Priority",
  tags: "Tags",
  email: "Email",
  password: "Password",
  displayName: "Name",
};

/** One sentence a person can act on, from a problem+json body or a failed command's error. */
export function problemMessage(problem: Problem | CommandError | null | undefined, status?: number): string {
  const errors = problem?.errors ?? undefined;
  if (errors && Object.keys(errors).length > 0) {
    return Object.entries(errors)
      .map(([field, messages]) => `${fieldNames[field] ?? field}: ${messages.join(" ")}`)
      .join(" ");
  }
  const text = problem && "detail" in problem ? problem.detail : problem && "message" in problem ? problem.message : undefined;
  if (text) return text;
  switch (status) {
    case 401: return "Your session ended. Sign in again.";
    case 404: return "That item no longer exists.";
    case 429: return "Too many requests; wait a moment and try again.";
    case 503: return "The service is busy; try again in a moment.";
    default: return status ? `The server answered ${status}.` : "Something went wrong.";
  }
}

export class ApiError extends Error {
  constructor(public readonly status: number, public readonly problem: Problem | null) {
    super(problemMessage(problem, status));
    this.name = "ApiError";
  }
}

/** The command was accepted but the worker refused it (validation, not_found, conflict). */
export class CommandFailedError extends Error {
  constructor(public readonly error: CommandError) {
    super(problemMessage(error));
    this.name = "CommandFailedError";
  }
}
