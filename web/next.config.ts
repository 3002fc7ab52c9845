import type { NextConfig } from "next";

// Static export for production (served by functions/Local or nginx). `npm run dev` has a server, so
// there /api is proxied to a running Local host (rewrites are not allowed with `output: 'export'`).
const isDev = process.env.NODE_ENV === "development";
const apiOrigin = process.env.API_ORIGIN ?? "http://127.0.0.1:7071";

const nextConfig: NextConfig = {
  ...(isDev
    ? { rewrites: async () => [{ source: "/api/:path*", destination: `${apiOrigin}/api/:path*` }] }
    : { output: "export" }),
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
