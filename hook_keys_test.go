package okta

import (
	"context"
	"net/http"
	"testing"
)

// Nothing was recorded for the hook key operations: testdata/hook_keys holds the spec's examples and samples
// made from them.

func TestHookKeysMethods(t *testing.T) {
	t.Parallel()
	payload := func(op string) string { return string(firstPayload(t, "hook_keys", op, "")) }
	const id, esc = "HKY/1", "HKY%2F1"
	calls := []apiCall{
		{
			op:     "listHookKeys",
			call:   func(ctx context.Context, c *Client, _ []string) (any, *Response, error) { return c.HookKeys.List(ctx) },
			method: http.MethodGet, path: "/api/v1/hook-keys", response: []byte(payload("listHookKeys")),
			check: func(t *testing.T, got any) {
				keys := got.([]HookKey)
				if len(keys) != 2 || keys[0].IsUsed != "true" || keys[1].KeyID != "7fbc27fd-e3df-4522-86bf-1930110256ad" {
					t.Errorf("keys = %+v", keys)
				}
			},
		},
		{
			op: "createHookKey",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.HookKeys.Create(ctx, &CreateHookKeyRequest{Name: "My new key"})
			},
			method: http.MethodPost, path: "/api/v1/hook-keys", body: `{"name": "My new key"}`, response: []byte(payload("createHookKey")),
			check: func(t *testing.T, got any) {
				if k := got.(*HookKey); k.Embedded == nil || k.Embedded.Kty != "RSA" || k.Embedded.Kid != k.KeyID {
					t.Errorf("key = %+v", k)
				}
			},
		},
		{
			op: "getPublicKey", ids: []string{"7fbc27fd/x"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.HookKeys.GetPublicKey(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/hook-keys/public/7fbc27fd%2Fx", response: firstPayload(t, "hook_keys", "getPublicKey", "spec."),
			check: func(t *testing.T, got any) {
				if k := got.(*HookPublicKey).Key(); k == nil || k.E != "AQAB" || k.Kid != "7fbc27fd-e3df-4522-86bf-1930110256ad" {
					t.Errorf("key = %+v", k)
				}
			},
		},
		{
			op: "getHookKey", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.HookKeys.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/hook-keys/" + esc, response: []byte(payload("getHookKey")),
		},
		{
			op: "replaceHookKey", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.HookKeys.Replace(ctx, ids[0], &CreateHookKeyRequest{Name: "Renamed key"})
			},
			method: http.MethodPut, path: "/api/v1/hook-keys/" + esc, body: `{"name": "Renamed key"}`, response: []byte(payload("replaceHookKey")),
		},
		{
			op: "deleteHookKey", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.HookKeys.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/hook-keys/" + esc, status: http.StatusNoContent,
		},
	}
	checkCalledOperations(t, calls, "HookKey")
	runAPICalls(t, calls)
}

func TestHookKeysPayloads(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[*HookKey](t, raw) }
	checkRecordedPayloads(t, "hook_keys", map[string]func(*testing.T, []byte){
		"listHookKeys":   func(t *testing.T, raw []byte) { assertRoundTrip[[]HookKey](t, raw) },
		"createHookKey":  one,
		"getHookKey":     one,
		"replaceHookKey": one,
		"getPublicKey":   func(t *testing.T, raw []byte) { assertRoundTrip[*HookPublicKey](t, raw) },
	})
}

// TestHookPublicKeyKey reads the key of getPublicKey's answer whether Okta wraps it in _embedded (as the spec's
// example does) or sends it bare (as the spec's schema says).
func TestHookPublicKeyKey(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"hook_keys/getPublicKey/spec.ResponseExample.json", "hook_keys/getPublicKey/sample.bare-key.json"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			pk := assertRoundTrip[*HookPublicKey](t, fixture(t, name))
			k := pk.Key()
			if k == nil || k.Kty != "RSA" || k.Kid != "7fbc27fd-e3df-4522-86bf-1930110256ad" || len(k.N) < 100 {
				t.Errorf("Key() = %+v", k)
			}
		})
	}
	var none *HookPublicKey
	if none.Key() != nil || (&HookPublicKey{}).Key() != nil {
		t.Error("Key of an empty answer is not nil")
	}
}
