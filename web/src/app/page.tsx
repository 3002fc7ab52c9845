import { App } from "@/app/_components/app";

export default function Home() {
  return <App />;
}
