package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// HookKeysService manages hook keys: key pairs Okta keeps to sign the client assertions of inline hooks that
// authenticate with OAuth 2.0 "private_key_jwt". Okta holds the private key; you register the public key
// (GetPublicKey) with your authorization server. Reach it as client.HookKeys.
type HookKeysService service

// List returns the org's hook keys, without their public keys. The list is not paginated.
//
//okta:operation listHookKeys GET /api/v1/hook-keys
func (s *HookKeysService) List(ctx context.Context) ([]HookKey, *Response, error) {
	return send[[]HookKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/hook-keys"))
}

// Create creates a hook key named key.Name. Okta generates the key pair; the result carries the public key in
// Embedded.
//
//okta:operation createHookKey POST /api/v1/hook-keys
func (s *HookKeysService) Create(ctx context.Context, key *CreateHookKeyRequest) (*HookKey, *Response, error) {
	return send[*HookKey](ctx, s.client, newRequest(http.MethodPost, "/api/v1/hook-keys").withBody(key))
}

// GetPublicKey retrieves the public key of a hook key by its key ID (HookKey.KeyID, the "kid" of the client
// assertions Okta signs with it), not by the hook key's ID. Read the key with the result's Key method.
//
//okta:operation getPublicKey GET /api/v1/hook-keys/public/{publicKeyId}
func (s *HookKeysService) GetPublicKey(ctx context.Context, publicKeyID string) (*HookPublicKey, *Response, error) {
	return send[*HookPublicKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/hook-keys/public/{publicKeyId}", publicKeyID))
}

// Get retrieves a hook key by ID, with its public key in Embedded.
//
//okta:operation getHookKey GET /api/v1/hook-keys/{hookKeyId}
func (s *HookKeysService) Get(ctx context.Context, hookKeyID string) (*HookKey, *Response, error) {
	return send[*HookKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/hook-keys/{hookKeyId}", hookKeyID))
}

// Replace renames a hook key to key.Name. The key pair does not change.
//
//okta:operation replaceHookKey PUT /api/v1/hook-keys/{hookKeyId}
func (s *HookKeysService) Replace(ctx context.Context, hookKeyID string, key *CreateHookKeyRequest) (*HookKey, *Response, error) {
	return send[*HookKey](ctx, s.client, newRequest(http.MethodPut, "/api/v1/hook-keys/{hookKeyId}", hookKeyID).withBody(key))
}

// Delete deletes a hook key. Okta refuses to delete a key an inline hook still uses (IsUsed "true").
//
//okta:operation deleteHookKey DELETE /api/v1/hook-keys/{hookKeyId}
func (s *HookKeysService) Delete(ctx context.Context, hookKeyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/hook-keys/{hookKeyId}", hookKeyID))
}

// HookKey is a hook key: a key pair Okta signs inline hook client assertions with.
type HookKey struct {
	ID string `json:"id,omitzero"`
	// KeyID is the key's "kid", by which GetPublicKey finds it.
	KeyID string `json:"keyId,omitzero"`
	Name  string `json:"name,omitzero"`
	// IsUsed is "true" when an inline hook uses the key and "false" otherwise: the API describes it as a
	// string holding a boolean, and Okta sends it that way.
	IsUsed      string    `json:"isUsed,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// Embedded is the public key, returned by Create and Get (not by List).
	Embedded *JSONWebKey `json:"_embedded,omitzero"`
	Extra    Extra       `json:"-"`
}

// CreateHookKeyRequest is the body of HookKeysService.Create and Replace: the key's name.
type CreateHookKeyRequest struct {
	Name  string `json:"name,omitzero"`
	Extra Extra  `json:"-"`
}

// HookPublicKey is the answer of HookKeysService.GetPublicKey. The 5.1.0 API description says it is a
// JSONWebKey, but its example, like the keys Create and Get return, wraps the key in "_embedded"; this type
// takes either, and Key returns the key.
type HookPublicKey struct {
	// Embedded is the key when Okta wraps it in "_embedded".
	Embedded *JSONWebKey `json:"_embedded,omitzero"`
	// Extra holds the key's members when Okta sends a bare key.
	Extra Extra `json:"-"`
}

// Key returns the public key, wrapped in "_embedded" or not, or nil if there is none.
func (k *HookPublicKey) Key() *JSONWebKey {
	if k == nil {
		return nil
	}
	if k.Embedded != nil {
		return k.Embedded
	}
	if len(k.Extra) == 0 {
		return nil
	}
	raw, err := json.Marshal(k.Extra)
	if err != nil {
		return nil
	}
	var key JSONWebKey
	if json.Unmarshal(raw, &key) != nil {
		return nil
	}
	return &key
}
