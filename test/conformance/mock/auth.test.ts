// The mock checks a caller's Authorization with the package's own WebCrypto verification
// (src/verify.ts verifyMessageSignature), so every request it answers exercises that code: the spy below
// sees the merchant key, the message rebuilt from what was received, and the signature from the header.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startMock, type MockPlatform } from "../../../conformance/mock/server.ts";
import { verifyMessageSignature } from "../../../src/verify.ts";
import { IDS, PERMISSIONS_PATH, call, uniqueId } from "./support.ts";

vi.mock("../../../src/verify.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../src/verify.ts")>();
  return { ...original, verifyMessageSignature: vi.fn(original.verifyMessageSignature) };
});

const verify = vi.mocked(verifyMessageSignature);
let mock: MockPlatform;

beforeAll(async () => {
  mock = await startMock({ autoDeliver: false });
});
afterAll(() => mock.close());

const body = () => ({ ...IDS, authorization_code: uniqueId("SPY") });

describe("Authorization verified with src/verify.ts", () => {
  it("verifies the request message rebuilt from the raw target and body with the merchant's public key", async () => {
    verify.mockClear();
    const sent = body();
    const response = await call(mock.url, "POST", PERMISSIONS_PATH, sent);
    expect(response.status).toBe(200);
    expect(verify).toHaveBeenCalledTimes(1);
    const [key, message, signature] = verify.mock.calls[0]!;
    expect(key.type).toBe("public");
    const [method, target, timestamp, nonce, signedBody, end] = message.split("\n");
    expect({ method, target, signedBody, end }).toEqual({ method: "POST", target: PERMISSIONS_PATH, signedBody: JSON.stringify(sent), end: "" });
    expect(timestamp).toMatch(/^\d+$/);
    expect(nonce).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(signature).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    await expect(verify.mock.results[0]!.value).resolves.toBe(true);
  });

  it("answers 401 SIGN_ERROR naming the signature when it says the signature does not match", async () => {
    verify.mockClear();
    const response = await call(mock.url, "POST", PERMISSIONS_PATH, body(), { tamper: (text) => text.replace("500001", "500002") });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: "SIGN_ERROR", detail: { field: "signature", location: "authorization" } });
    expect(verify).toHaveBeenCalledTimes(1);
    await expect(verify.mock.results[0]!.value).resolves.toBe(false);
  });
});
