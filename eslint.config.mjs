import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".serverless/", ".esbuild/", ".bench/", ".data/", "coverage/", "test-artifacts/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
);
