// Small shared pieces: class strings and a labelled field.

export const inputClass =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 " +
  "focus:border-accent-500 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400";

export const primaryButton =
  "inline-flex items-center justify-center gap-1 rounded-lg bg-accent-600 px-4 py-2 text-sm font-medium text-white " +
  "hover:bg-accent-700 disabled:opacity-60 dark:bg-accent-600 dark:hover:bg-accent-700";

export const quietButton =
  "inline-flex items-center justify-center gap-1 rounded-lg px-2.5 py-1.5 text-sm font-medium text-slate-700 " +
  "hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800";

type FieldProps = { label: string; htmlFor: string; hint?: string; children: React.ReactNode; className?: string };

export function Field({ label, htmlFor, hint, children, className }: FieldProps) {
  return (
    <div className={className}>
      <label htmlFor={htmlFor} className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      {children}
      {hint && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{hint}</p>}
    </div>
  );
}
