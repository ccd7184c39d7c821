package okta

import (
	"context"
	"net/http"
	"time"
)

// AuthorizationServersService manages custom authorization servers: the servers themselves, the servers they
// trust (associated servers), their signing keys, the custom scopes and claims of the tokens they issue, the
// clients holding refresh tokens from them, and their access policies and policy rules. Reach it as
// client.AuthorizationServers.
//
// The org authorization server (issuer https://{yourOktaDomain}) is not one of them; the "default" custom
// server is, and can be named by the ID "default".
type AuthorizationServersService service

// List returns one page of the org's custom authorization servers. Pass resp.After back in opts.After to
// fetch the next page, or use ListIter.
//
//okta:operation listAuthorizationServers GET /api/v1/authorizationServers
func (s *AuthorizationServersService) List(ctx context.Context, opts *AuthorizationServersListOptions) ([]AuthorizationServer, *Response, error) {
	return send[[]AuthorizationServer](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers").withQuery(opts))
}

// ListIter returns an iterator over all the custom authorization servers that match opts, fetching pages as
// it goes.
func (s *AuthorizationServersService) ListIter(ctx context.Context, opts *AuthorizationServersListOptions) *Iterator[AuthorizationServer] {
	return newIterator[AuthorizationServer](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers").withQuery(opts))
}

// Create creates a custom authorization server. Name and Audiences are required; Okta creates it ACTIVE, with
// a signing key it rotates automatically, the system scopes and claims, and no policy (a server issues no
// token until it has a policy with a rule).
//
//okta:operation createAuthorizationServer POST /api/v1/authorizationServers
func (s *AuthorizationServersService) Create(ctx context.Context, server *AuthorizationServer) (*AuthorizationServer, *Response, error) {
	return send[*AuthorizationServer](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers").withBody(server))
}

// Get retrieves a custom authorization server by ID ("default" names the default custom server).
//
//okta:operation getAuthorizationServer GET /api/v1/authorizationServers/{authServerId}
func (s *AuthorizationServersService) Get(ctx context.Context, authServerID string) (*AuthorizationServer, *Response, error) {
	return send[*AuthorizationServer](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}", authServerID))
}

// Replace replaces the settings of a custom authorization server with those of server: its name,
// description, audiences, issuer mode and signing key rotation mode. Start from what Get returned; every
// member Okta sent is sent back.
//
//okta:operation replaceAuthorizationServer PUT /api/v1/authorizationServers/{authServerId}
func (s *AuthorizationServersService) Replace(ctx context.Context, authServerID string, server *AuthorizationServer) (*AuthorizationServer, *Response, error) {
	return send[*AuthorizationServer](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authorizationServers/{authServerId}", authServerID).withBody(server))
}

// Delete deletes a custom authorization server, with its policies, scopes and claims.
//
//okta:operation deleteAuthorizationServer DELETE /api/v1/authorizationServers/{authServerId}
func (s *AuthorizationServersService) Delete(ctx context.Context, authServerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}", authServerID))
}

// Activate activates an inactive custom authorization server.
//
//okta:operation activateAuthorizationServer POST /api/v1/authorizationServers/{authServerId}/lifecycle/activate
func (s *AuthorizationServersService) Activate(ctx context.Context, authServerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/lifecycle/activate", authServerID))
}

// Deactivate deactivates a custom authorization server: it stops issuing tokens.
//
//okta:operation deactivateAuthorizationServer POST /api/v1/authorizationServers/{authServerId}/lifecycle/deactivate
func (s *AuthorizationServersService) Deactivate(ctx context.Context, authServerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/lifecycle/deactivate", authServerID))
}

// ListAssociatedServers returns one page of the authorization servers associated with a custom authorization
// server: with opts.Trusted true, the servers it trusts (whose access tokens it accepts); with false, the
// servers that could be trusted but are not. Pass resp.After back in opts.After for the next page, or use
// ListAssociatedServersIter.
//
//okta:operation listAssociatedServersByTrustedType GET /api/v1/authorizationServers/{authServerId}/associatedServers
func (s *AuthorizationServersService) ListAssociatedServers(ctx context.Context, authServerID string, opts *AuthorizationServersListAssociatedServersOptions) ([]AuthorizationServer, *Response, error) {
	return send[[]AuthorizationServer](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/associatedServers", authServerID).withQuery(opts))
}

// ListAssociatedServersIter returns an iterator over all the authorization servers associated with a custom
// authorization server that match opts.
func (s *AuthorizationServersService) ListAssociatedServersIter(ctx context.Context, authServerID string, opts *AuthorizationServersListAssociatedServersOptions) *Iterator[AuthorizationServer] {
	return newIterator[AuthorizationServer](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/associatedServers", authServerID).withQuery(opts))
}

// CreateAssociatedServers makes a custom authorization server trust the authorization servers whose IDs are
// in servers.Trusted, and returns the servers now associated.
//
//okta:operation createAssociatedServers POST /api/v1/authorizationServers/{authServerId}/associatedServers
func (s *AuthorizationServersService) CreateAssociatedServers(ctx context.Context, authServerID string, servers *AssociatedServerMediated) ([]AuthorizationServer, *Response, error) {
	return send[[]AuthorizationServer](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/associatedServers", authServerID).withBody(servers))
}

// DeleteAssociatedServer ends the trust of a custom authorization server in the associated server
// associatedServerID.
//
//okta:operation deleteAssociatedServer DELETE /api/v1/authorizationServers/{authServerId}/associatedServers/{associatedServerId}
func (s *AuthorizationServersService) DeleteAssociatedServer(ctx context.Context, authServerID, associatedServerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/associatedServers/{associatedServerId}", authServerID, associatedServerID))
}

// ListClaims returns the token claims of a custom authorization server, the system ones (sub, email, ...)
// included. Okta does not page this list.
//
//okta:operation listOAuth2Claims GET /api/v1/authorizationServers/{authServerId}/claims
func (s *AuthorizationServersService) ListClaims(ctx context.Context, authServerID string) ([]OAuth2Claim, *Response, error) {
	return send[[]OAuth2Claim](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/claims", authServerID))
}

// CreateClaim adds a custom claim to the tokens of a custom authorization server.
//
//okta:operation createOAuth2Claim POST /api/v1/authorizationServers/{authServerId}/claims
func (s *AuthorizationServersService) CreateClaim(ctx context.Context, authServerID string, claim *OAuth2Claim) (*OAuth2Claim, *Response, error) {
	return send[*OAuth2Claim](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/claims", authServerID).withBody(claim))
}

// GetClaim retrieves a token claim of a custom authorization server.
//
//okta:operation getOAuth2Claim GET /api/v1/authorizationServers/{authServerId}/claims/{claimId}
func (s *AuthorizationServersService) GetClaim(ctx context.Context, authServerID, claimID string) (*OAuth2Claim, *Response, error) {
	return send[*OAuth2Claim](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/claims/{claimId}", authServerID, claimID))
}

// ReplaceClaim replaces a token claim of a custom authorization server with claim.
//
//okta:operation replaceOAuth2Claim PUT /api/v1/authorizationServers/{authServerId}/claims/{claimId}
func (s *AuthorizationServersService) ReplaceClaim(ctx context.Context, authServerID, claimID string, claim *OAuth2Claim) (*OAuth2Claim, *Response, error) {
	return send[*OAuth2Claim](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authorizationServers/{authServerId}/claims/{claimId}", authServerID, claimID).withBody(claim))
}

// DeleteClaim deletes a custom token claim of a custom authorization server. Okta refuses to delete a system
// claim.
//
//okta:operation deleteOAuth2Claim DELETE /api/v1/authorizationServers/{authServerId}/claims/{claimId}
func (s *AuthorizationServersService) DeleteClaim(ctx context.Context, authServerID, claimID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/claims/{claimId}", authServerID, claimID))
}

// ListClients returns the OAuth 2.0 clients (apps) that hold refresh tokens issued by a custom authorization
// server.
//
//okta:operation listOAuth2ClientsForAuthorizationServer GET /api/v1/authorizationServers/{authServerId}/clients
func (s *AuthorizationServersService) ListClients(ctx context.Context, authServerID string) ([]OAuth2Client, *Response, error) {
	return send[[]OAuth2Client](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/clients", authServerID))
}

// ListRefreshTokens returns one page of the refresh tokens a custom authorization server issued to one client.
// Pass resp.After back in opts.After for the next page, or use ListRefreshTokensIter.
//
//okta:operation listRefreshTokensForAuthorizationServerAndClient GET /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens
func (s *AuthorizationServersService) ListRefreshTokens(ctx context.Context, authServerID, clientID string, opts *AuthorizationServersListRefreshTokensOptions) ([]OAuth2RefreshToken, *Response, error) {
	return send[[]OAuth2RefreshToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens", authServerID, clientID).withQuery(opts))
}

// ListRefreshTokensIter returns an iterator over all the refresh tokens a custom authorization server issued
// to one client.
func (s *AuthorizationServersService) ListRefreshTokensIter(ctx context.Context, authServerID, clientID string, opts *AuthorizationServersListRefreshTokensOptions) *Iterator[OAuth2RefreshToken] {
	return newIterator[OAuth2RefreshToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens", authServerID, clientID).withQuery(opts))
}

// RevokeRefreshTokens revokes every refresh token a custom authorization server issued to one client.
//
//okta:operation revokeRefreshTokensForAuthorizationServerAndClient DELETE /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens
func (s *AuthorizationServersService) RevokeRefreshTokens(ctx context.Context, authServerID, clientID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens", authServerID, clientID))
}

// GetRefreshToken retrieves one refresh token a custom authorization server issued to a client. opts.Expand
// set to "scope" embeds the token's scopes.
//
//okta:operation getRefreshTokenForAuthorizationServerAndClient GET /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}
func (s *AuthorizationServersService) GetRefreshToken(ctx context.Context, authServerID, clientID, tokenID string, opts *AuthorizationServersGetRefreshTokenOptions) (*OAuth2RefreshToken, *Response, error) {
	return send[*OAuth2RefreshToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}", authServerID, clientID, tokenID).withQuery(opts))
}

// RevokeRefreshToken revokes one refresh token a custom authorization server issued to a client.
//
//okta:operation revokeRefreshTokenForAuthorizationServerAndClient DELETE /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}
func (s *AuthorizationServersService) RevokeRefreshToken(ctx context.Context, authServerID, clientID, tokenID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}", authServerID, clientID, tokenID))
}

// ListKeys returns the signing keys of a custom authorization server (their public parts), each with its
// status: the ACTIVE key it signs with, and the NEXT or EXPIRED keys it will sign or has signed with.
//
//okta:operation listAuthorizationServerKeys GET /api/v1/authorizationServers/{authServerId}/credentials/keys
func (s *AuthorizationServersService) ListKeys(ctx context.Context, authServerID string) ([]JSONWebKey, *Response, error) {
	return send[[]JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/credentials/keys", authServerID))
}

// RotateKeys rotates the signing keys of a custom authorization server now and returns the keys after the
// rotation: a new key becomes ACTIVE and the one before EXPIRED. use.Use must be "sig" (JWKUseTypeSig). It is
// how a server whose rotation mode is MANUAL rotates, and how any server replaces a compromised key; clients
// that cache the server's keys must fetch them again.
//
//okta:operation rotateAuthorizationServerKeys POST /api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate
func (s *AuthorizationServersService) RotateKeys(ctx context.Context, authServerID string, use *JWKUse) ([]JSONWebKey, *Response, error) {
	return send[[]JSONWebKey](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate", authServerID).withBody(use))
}

// ListScopes returns one page of the scopes of a custom authorization server, the system ones (openid,
// profile, ...) included. Okta 5.1.0 named this list's cursor parameter cursor, its current API names it after:
// pass resp.After back in opts.After (or opts.Cursor) for the next page, or use ListScopesIter.
//
//okta:operation listOAuth2Scopes GET /api/v1/authorizationServers/{authServerId}/scopes
func (s *AuthorizationServersService) ListScopes(ctx context.Context, authServerID string, opts *AuthorizationServersListScopesOptions) ([]OAuth2Scope, *Response, error) {
	return send[[]OAuth2Scope](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/scopes", authServerID).withQuery(opts))
}

// ListScopesIter returns an iterator over all the scopes of a custom authorization server that match opts.
func (s *AuthorizationServersService) ListScopesIter(ctx context.Context, authServerID string, opts *AuthorizationServersListScopesOptions) *Iterator[OAuth2Scope] {
	return newIterator[OAuth2Scope](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/scopes", authServerID).withQuery(opts))
}

// CreateScope adds a custom scope to a custom authorization server.
//
//okta:operation createOAuth2Scope POST /api/v1/authorizationServers/{authServerId}/scopes
func (s *AuthorizationServersService) CreateScope(ctx context.Context, authServerID string, scope *OAuth2Scope) (*OAuth2Scope, *Response, error) {
	return send[*OAuth2Scope](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authorizationServers/{authServerId}/scopes", authServerID).withBody(scope))
}

// GetScope retrieves a scope of a custom authorization server.
//
//okta:operation getOAuth2Scope GET /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}
func (s *AuthorizationServersService) GetScope(ctx context.Context, authServerID, scopeID string) (*OAuth2Scope, *Response, error) {
	return send[*OAuth2Scope](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authorizationServers/{authServerId}/scopes/{scopeId}", authServerID, scopeID))
}

// ReplaceScope replaces a scope of a custom authorization server with scope.
//
//okta:operation replaceOAuth2Scope PUT /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}
func (s *AuthorizationServersService) ReplaceScope(ctx context.Context, authServerID, scopeID string, scope *OAuth2Scope) (*OAuth2Scope, *Response, error) {
	return send[*OAuth2Scope](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authorizationServers/{authServerId}/scopes/{scopeId}", authServerID, scopeID).withBody(scope))
}

// DeleteScope deletes a custom scope of a custom authorization server. Okta refuses to delete a system scope.
//
//okta:operation deleteOAuth2Scope DELETE /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}
func (s *AuthorizationServersService) DeleteScope(ctx context.Context, authServerID, scopeID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/authorizationServers/{authServerId}/scopes/{scopeId}", authServerID, scopeID))
}

// AuthorizationServersListOptions are the parameters of AuthorizationServersService.List.
type AuthorizationServersListOptions struct {
	// Q finds the servers whose name or audience starts with Q.
	Q string `url:"q"`
	// Limit is the page size (Okta's default is 200).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// AuthorizationServersListAssociatedServersOptions are the parameters of AuthorizationServersService.ListAssociatedServers.
type AuthorizationServersListAssociatedServersOptions struct {
	// Trusted lists the trusted servers when true and the untrusted ones when false; nil lists both.
	Trusted *bool `url:"trusted"`
	// Q finds the associated servers whose name or audience starts with Q.
	Q string `url:"q"`
	// Limit is the page size (Okta's default is 200).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// AuthorizationServersListRefreshTokensOptions are the parameters of AuthorizationServersService.ListRefreshTokens.
type AuthorizationServersListRefreshTokensOptions struct {
	// Expand set to "scope" embeds each token's scopes in its _embedded.
	Expand OAuth2Expand `url:"expand"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size; Okta returns all tokens when it is not set.
	Limit int `url:"limit"`
}

// AuthorizationServersGetRefreshTokenOptions are the parameters of AuthorizationServersService.GetRefreshToken.
type AuthorizationServersGetRefreshTokenOptions struct {
	// Expand set to "scope" embeds the token's scopes in its _embedded.
	Expand OAuth2Expand `url:"expand"`
}

// AuthorizationServersListScopesOptions are the parameters of AuthorizationServersService.ListScopes.
type AuthorizationServersListScopesOptions struct {
	// Q finds the scopes whose name contains Q.
	Q string `url:"q"`
	// Filter is a filter expression on the scopes' attributes, e.g. `name eq "car:drive"`.
	Filter string `url:"filter"`
	// Cursor is the cursor of the page to start from: Response.After of the previous page. (This list is the
	// one that calls its cursor parameter "cursor" rather than "after".)
	Cursor string `url:"cursor"`
	// After is the cursor of the page to start from under the name Okta's current API gives it; set After or
	// Cursor, not both.
	After string `url:"after"`
	// Limit is the page size; Okta returns all scopes when it is not set.
	Limit int `url:"limit"`
}

// AuthorizationServer is a custom authorization server: an OAuth 2.0 and OpenID Connect issuer of tokens for
// its audiences.
type AuthorizationServer struct {
	ID          string `json:"id,omitzero"`
	Name        string `json:"name,omitzero"`
	Description string `json:"description,omitzero"`
	// Audiences are the audiences (aud claim) of the access tokens the server issues; Okta takes one.
	Audiences []string `json:"audiences,omitzero"`
	// Issuer is the issuer URL of the tokens (read-only; it follows IssuerMode).
	Issuer      string                          `json:"issuer,omitzero"`
	IssuerMode  IssuerMode                      `json:"issuerMode,omitzero"`
	Status      LifecycleStatus                 `json:"status,omitzero"`
	Credentials *AuthorizationServerCredentials `json:"credentials,omitzero"`
	Created     time.Time                       `json:"created,omitzero"`
	LastUpdated time.Time                       `json:"lastUpdated,omitzero"`
	Links       Links                           `json:"_links,omitzero"`
	// AccessTokenEncryptedResponseAlgorithm is the algorithm that encrypts the access tokens the server issues (RSA-OAEP-256, ...); they are not encrypted when it is empty.
	AccessTokenEncryptedResponseAlgorithm JWEKeyEncryptionAlgorithm `json:"accessTokenEncryptedResponseAlgorithm,omitzero"`
	// JWKS holds the public keys, as a JSON Web Key Set, that Okta can encrypt the server's access tokens with:
	// Replace sets them all, CreateResourceServerKey and the methods next to it manage them one by one.
	JWKS *ResourceServerJSONWebKeys `json:"jwks,omitzero"`
	// JWKSURI is the URL of the JSON Web Key Set that encrypts the server's tokens, instead of JWKS.
	JWKSURI string `json:"jwks_uri,omitzero"`
	Extra   Extra  `json:"-"`
}

// ResourceServerJSONWebKeys is the JSON Web Key Set of a custom authorization server's resource server: the
// public keys Okta can encrypt the access tokens the server mints with. Okta supports only RSA keys with use
// "enc", and encrypts with the ACTIVE one.
type ResourceServerJSONWebKeys struct {
	Keys  []OAuth2ClientJWK `json:"keys,omitzero"`
	Extra Extra             `json:"-"`
}

// IssuerMode says which domain an authorization server or an identity provider names as the issuer: the
// org's Okta domain, its custom domain, or the domain the request came to.
type IssuerMode string

// IssuerMode values.
const (
	// IssuerModeCustomURL uses the org's custom domain.
	IssuerModeCustomURL IssuerMode = "CUSTOM_URL"
	// IssuerModeDynamic uses the domain the request came to.
	IssuerModeDynamic IssuerMode = "DYNAMIC"
	// IssuerModeOrgURL uses the Okta domain of the org.
	IssuerModeOrgURL IssuerMode = "ORG_URL"
)

// AuthorizationServerCredentials are the signing credentials of an authorization server.
type AuthorizationServerCredentials struct {
	Signing *AuthorizationServerCredentialsSigningConfig `json:"signing,omitzero"`
	Extra   Extra                                        `json:"-"`
}

// AuthorizationServerCredentialsSigningConfig describes the key an authorization server signs its tokens with
// and how it is rotated.
type AuthorizationServerCredentialsSigningConfig struct {
	// Kid is the ID of the current signing key.
	Kid string `json:"kid,omitzero"`
	// LastRotated and NextRotation are when the key was last rotated and will next be (read-only).
	LastRotated  time.Time                                  `json:"lastRotated,omitzero"`
	NextRotation time.Time                                  `json:"nextRotation,omitzero"`
	RotationMode AuthorizationServerCredentialsRotationMode `json:"rotationMode,omitzero"`
	Use          AuthorizationServerCredentialsUse          `json:"use,omitzero"`
	Extra        Extra                                      `json:"-"`
}

// AuthorizationServerCredentialsRotationMode says whether Okta rotates an authorization server's signing key
// itself (AUTO, every 90 days or so) or only when asked (MANUAL, with RotateKeys).
type AuthorizationServerCredentialsRotationMode string

// AuthorizationServerCredentialsRotationMode values.
const (
	AuthorizationServerCredentialsRotationModeAuto   AuthorizationServerCredentialsRotationMode = "AUTO"
	AuthorizationServerCredentialsRotationModeManual AuthorizationServerCredentialsRotationMode = "MANUAL"
)

// AuthorizationServerCredentialsUse is what an authorization server's key is for: signing ("sig").
type AuthorizationServerCredentialsUse string

// AuthorizationServerCredentialsUse values.
const (
	AuthorizationServerCredentialsUseSig AuthorizationServerCredentialsUse = "sig"
)

// AssociatedServerMediated lists the authorization servers a server is to trust.
type AssociatedServerMediated struct {
	// Trusted are the IDs of the authorization servers to trust.
	Trusted []string `json:"trusted,omitzero"`
	Extra   Extra    `json:"-"`
}

// JWKUse says what to rotate an authorization server's keys for.
type JWKUse struct {
	Use   JWKUseType `json:"use,omitzero"`
	Extra Extra      `json:"-"`
}

// JWKUseType is the intended use of a JSON Web Key.
type JWKUseType string

// JWKUseType values.
const (
	JWKUseTypeSig JWKUseType = "sig"
	JWKUseTypeEnc JWKUseType = "enc"
)

// OAuth2Claim is a claim an authorization server puts in its ID tokens (IDENTITY) or access tokens
// (RESOURCE): a value computed with an Okta Expression Language expression, or the user's groups.
type OAuth2Claim struct {
	ID        string          `json:"id,omitzero"`
	Name      string          `json:"name,omitzero"`
	Status    LifecycleStatus `json:"status,omitzero"`
	ClaimType OAuth2ClaimType `json:"claimType,omitzero"`
	// ValueType says how Value is read: an expression (EXPRESSION), a group filter (GROUPS, with
	// GroupFilterType) or a claim Okta computes (SYSTEM).
	ValueType       OAuth2ClaimValueType       `json:"valueType,omitzero"`
	Value           string                     `json:"value,omitzero"`
	GroupFilterType OAuth2ClaimGroupFilterType `json:"group_filter_type,omitzero"`
	// AlwaysIncludeInToken, for an IDENTITY claim, says whether it goes in the ID token even when the client
	// can read it from the userinfo endpoint. Access token claims are always included.
	AlwaysIncludeInToken *bool                  `json:"alwaysIncludeInToken,omitzero"`
	Conditions           *OAuth2ClaimConditions `json:"conditions,omitzero"`
	// System is true for the claims Okta created, which cannot be deleted.
	System bool  `json:"system,omitzero"`
	Links  Links `json:"_links,omitzero"`
	Extra  Extra `json:"-"`
}

// OAuth2ClaimConditions limits a claim to the tokens issued for some scopes.
type OAuth2ClaimConditions struct {
	// Scopes are the scopes the claim is included for; empty means every scope.
	Scopes []string `json:"scopes,omitzero"`
	Extra  Extra    `json:"-"`
}

// OAuth2ClaimType says which token a claim goes in.
type OAuth2ClaimType string

// OAuth2ClaimType values.
const (
	OAuth2ClaimTypeIdentity OAuth2ClaimType = "IDENTITY"
	OAuth2ClaimTypeResource OAuth2ClaimType = "RESOURCE"
)

// OAuth2ClaimValueType says how a claim's value is computed.
type OAuth2ClaimValueType string

// OAuth2ClaimValueType values.
const (
	OAuth2ClaimValueTypeExpression OAuth2ClaimValueType = "EXPRESSION"
	OAuth2ClaimValueTypeGroups     OAuth2ClaimValueType = "GROUPS"
	OAuth2ClaimValueTypeSystem     OAuth2ClaimValueType = "SYSTEM"
)

// OAuth2ClaimGroupFilterType says how a GROUPS claim's value matches group names.
type OAuth2ClaimGroupFilterType string

// OAuth2ClaimGroupFilterType values.
const (
	OAuth2ClaimGroupFilterTypeContains   OAuth2ClaimGroupFilterType = "CONTAINS"
	OAuth2ClaimGroupFilterTypeEquals     OAuth2ClaimGroupFilterType = "EQUALS"
	OAuth2ClaimGroupFilterTypeRegex      OAuth2ClaimGroupFilterType = "REGEX"
	OAuth2ClaimGroupFilterTypeStartsWith OAuth2ClaimGroupFilterType = "STARTS_WITH"
)

// OAuth2Scope is a scope of an authorization server: a permission a client asks for and, with consent, gets.
type OAuth2Scope struct {
	ID          string `json:"id,omitzero"`
	Name        string `json:"name,omitzero"`
	DisplayName string `json:"displayName,omitzero"`
	Description string `json:"description,omitzero"`
	// Consent says whether the user is asked to consent to the scope.
	Consent OAuth2ScopeConsentType `json:"consent,omitzero"`
	// Default says whether the scope is granted when a client asks for none.
	Default *bool `json:"default,omitzero"`
	// MetadataPublish says whether the scope is listed in the server's metadata.
	MetadataPublish OAuth2ScopeMetadataPublish `json:"metadataPublish,omitzero"`
	// System is true for the scopes Okta created (openid, profile, ...), which cannot be deleted.
	System bool `json:"system,omitzero"`
	// Links are not in the 5.1.0 API description; Okta sends them.
	Links Links `json:"_links,omitzero"`
	// Optional reports whether a user may decline the scope on the consent screen.
	Optional *bool `json:"optional,omitzero"`
	Extra    Extra `json:"-"`
}

// OAuth2ScopeConsentType says whether a user must consent to a scope.
type OAuth2ScopeConsentType string

// OAuth2ScopeConsentType values.
const (
	OAuth2ScopeConsentTypeAdmin    OAuth2ScopeConsentType = "ADMIN"
	OAuth2ScopeConsentTypeImplicit OAuth2ScopeConsentType = "IMPLICIT"
	OAuth2ScopeConsentTypeFlexible OAuth2ScopeConsentType = "FLEXIBLE"
	OAuth2ScopeConsentTypeRequired OAuth2ScopeConsentType = "REQUIRED"
)

// OAuth2ScopeMetadataPublish says whether a scope is published in an authorization server's metadata.
type OAuth2ScopeMetadataPublish string

// OAuth2ScopeMetadataPublish values.
const (
	OAuth2ScopeMetadataPublishAllClients OAuth2ScopeMetadataPublish = "ALL_CLIENTS"
	OAuth2ScopeMetadataPublishNoClients  OAuth2ScopeMetadataPublish = "NO_CLIENTS"
)
