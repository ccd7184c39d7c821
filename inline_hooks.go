package okta

import (
	"context"
	"net/http"
	"time"
)

// InlineHooksService manages inline hooks: calls Okta makes to an endpoint of yours in the middle of a process
// (a token being minted, a user importing or registering, a password being imported) and whose answer
// changes the outcome. Reach it as client.InlineHooks.
type InlineHooksService service

// List returns the org's inline hooks, all of them or, with opts.Type, those of one type. The list is not
// paginated.
//
//okta:operation listInlineHooks GET /api/v1/inlineHooks
func (s *InlineHooksService) List(ctx context.Context, opts *InlineHooksListOptions) ([]InlineHook, *Response, error) {
	return send[[]InlineHook](ctx, s.client, newRequest(http.MethodGet, "/api/v1/inlineHooks").withQuery(opts))
}

// Create creates an inline hook of the given Type with its Channel, the endpoint Okta calls. The new hook is
// ACTIVE; it takes effect once a policy or flow of its type refers to it.
//
//okta:operation createInlineHook POST /api/v1/inlineHooks
func (s *InlineHooksService) Create(ctx context.Context, hook *InlineHook) (*InlineHook, *Response, error) {
	return send[*InlineHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/inlineHooks").withBody(hook))
}

// Get retrieves an inline hook by ID.
//
//okta:operation getInlineHook GET /api/v1/inlineHooks/{inlineHookId}
func (s *InlineHooksService) Get(ctx context.Context, inlineHookID string) (*InlineHook, *Response, error) {
	return send[*InlineHook](ctx, s.client, newRequest(http.MethodGet, "/api/v1/inlineHooks/{inlineHookId}", inlineHookID))
}

// Replace replaces an inline hook's name, version and channel with those of hook (its type cannot change).
// Okta does not return secrets (the auth scheme's value, an OAuth client secret), so set them again.
//
//okta:operation replaceInlineHook PUT /api/v1/inlineHooks/{inlineHookId}
func (s *InlineHooksService) Replace(ctx context.Context, inlineHookID string, hook *InlineHook) (*InlineHook, *Response, error) {
	return send[*InlineHook](ctx, s.client, newRequest(http.MethodPut, "/api/v1/inlineHooks/{inlineHookId}", inlineHookID).withBody(hook))
}

// Update changes the name, version or channel of an inline hook that hook sets; members left at their zero
// value are not sent. Like Replace, it cannot change the hook's type.
//
//okta:operation updateInlineHook POST /api/v1/inlineHooks/{inlineHookId}
func (s *InlineHooksService) Update(ctx context.Context, inlineHookID string, hook *InlineHook) (*InlineHook, *Response, error) {
	return send[*InlineHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/inlineHooks/{inlineHookId}", inlineHookID).withBody(hook))
}

// Delete deletes an inline hook. Okta deletes only inactive hooks that no policy or flow refers to:
// Deactivate it first.
//
//okta:operation deleteInlineHook DELETE /api/v1/inlineHooks/{inlineHookId}
func (s *InlineHooksService) Delete(ctx context.Context, inlineHookID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/inlineHooks/{inlineHookId}", inlineHookID))
}

// Execute has Okta call the inline hook's endpoint with payload, a sample of the request Okta sends for the
// hook's type, and returns the endpoint's answer: the commands it asks Okta to apply. It tests a hook without
// triggering the process it belongs to.
//
//okta:operation executeInlineHook POST /api/v1/inlineHooks/{inlineHookId}/execute
func (s *InlineHooksService) Execute(ctx context.Context, inlineHookID string, payload InlineHookPayload) (*InlineHookResponse, *Response, error) {
	return send[*InlineHookResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/inlineHooks/{inlineHookId}/execute", inlineHookID).withBody(payload))
}

// Activate activates an inline hook and returns it.
//
//okta:operation activateInlineHook POST /api/v1/inlineHooks/{inlineHookId}/lifecycle/activate
func (s *InlineHooksService) Activate(ctx context.Context, inlineHookID string) (*InlineHook, *Response, error) {
	return send[*InlineHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/inlineHooks/{inlineHookId}/lifecycle/activate", inlineHookID))
}

// Deactivate deactivates an inline hook and returns it.
//
//okta:operation deactivateInlineHook POST /api/v1/inlineHooks/{inlineHookId}/lifecycle/deactivate
func (s *InlineHooksService) Deactivate(ctx context.Context, inlineHookID string) (*InlineHook, *Response, error) {
	return send[*InlineHook](ctx, s.client, newRequest(http.MethodPost, "/api/v1/inlineHooks/{inlineHookId}/lifecycle/deactivate", inlineHookID))
}

// InlineHooksListOptions are the parameters of InlineHooksService.List.
type InlineHooksListOptions struct {
	// Type returns only the inline hooks of this type.
	Type InlineHookType `url:"type"`
}

// InlineHookType is the process an inline hook takes part in.
type InlineHookType string

// InlineHookType values. Okta may send others; they decode as they are.
const (
	InlineHookTypeImportTransform       InlineHookType = "com.okta.import.transform"
	InlineHookTypeOAuth2TokensTransform InlineHookType = "com.okta.oauth2.tokens.transform"
	InlineHookTypeTelephonyProvider     InlineHookType = "com.okta.telephony.provider"
	InlineHookTypeSAMLTokensTransform   InlineHookType = "com.okta.saml.tokens.transform"
	InlineHookTypePasswordImport        InlineHookType = "com.okta.user.credential.password.import"
	InlineHookTypeUserPreRegistration   InlineHookType = "com.okta.user.pre-registration"
)

// InlineHookStatus is whether an inline hook is active.
type InlineHookStatus string

// InlineHookStatus values.
const (
	InlineHookStatusActive   InlineHookStatus = "ACTIVE"
	InlineHookStatusInactive InlineHookStatus = "INACTIVE"
)

// InlineHookChannelType is how Okta authenticates to an inline hook's endpoint: with a header (HTTP) or with
// an OAuth 2.0 access token (OAUTH).
type InlineHookChannelType string

// InlineHookChannelType values.
const (
	InlineHookChannelTypeHTTP  InlineHookChannelType = "HTTP"
	InlineHookChannelTypeOAuth InlineHookChannelType = "OAUTH"
)

// InlineHook is an inline hook.
type InlineHook struct {
	ID   string         `json:"id,omitzero"`
	Name string         `json:"name,omitzero"`
	Type InlineHookType `json:"type,omitzero"`
	// Version is the version of the hook type's request and response format, such as "1.0.0".
	Version string `json:"version,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status      InlineHookStatus   `json:"status,omitzero"`
	Channel     *InlineHookChannel `json:"channel,omitzero"`
	Created     time.Time          `json:"created,omitzero"`
	LastUpdated time.Time          `json:"lastUpdated,omitzero"`
	Links       Links              `json:"_links,omitzero"`
	Extra       Extra              `json:"-"`
}

// InlineHookChannel is the endpoint Okta calls for an inline hook. The API describes two kinds, told apart by
// Type: InlineHookChannelHttp, which authenticates with a header, and InlineHookChannelOAuth, which gets an
// access token first. Both are this one type; the members of Config that apply depend on Type.
type InlineHookChannel struct {
	Type InlineHookChannelType `json:"type,omitzero"`
	// Version is the version of the channel; "1.0.0" is the only one.
	Version string                   `json:"version,omitzero"`
	Config  *InlineHookChannelConfig `json:"config,omitzero"`
	Extra   Extra                    `json:"-"`
}

// InlineHookChannelConfig is the configuration of an inline hook's channel: the schema
// InlineHookChannelConfig of an HTTP channel, with the members of the OAuth configurations
// (InlineHookOAuthClientSecretConfig and InlineHookOAuthPrivateKeyJwtConfig, told apart by AuthType) for an
// OAUTH channel.
type InlineHookChannelConfig struct {
	// URI is the endpoint's HTTPS URL.
	URI string `json:"uri,omitzero"`
	// Method is the HTTP method Okta calls the endpoint with (POST).
	Method string `json:"method,omitzero"`
	// Headers are sent with every call.
	Headers []InlineHookChannelConfigHeaders `json:"headers,omitzero"`
	// AuthScheme is the secret header of an HTTP channel.
	AuthScheme *InlineHookChannelConfigAuthScheme `json:"authScheme,omitzero"`

	// AuthType is how an OAUTH channel authenticates to the token endpoint, and says which of ClientSecret and
	// HookKeyID applies.
	AuthType InlineHookOAuthAuthType `json:"authType,omitzero"`
	// ClientID is the OAuth client of an OAUTH channel.
	ClientID string `json:"clientId,omitzero"`
	// ClientSecret is the client secret, for InlineHookOAuthAuthTypeClientSecretPost (write-only).
	ClientSecret string `json:"clientSecret,omitzero"`
	// HookKeyID is the ID of the hook key (see HookKeysService) that signs the client assertion, for
	// InlineHookOAuthAuthTypePrivateKeyJWT.
	HookKeyID string `json:"hookKeyId,omitzero"`
	// Scope is the scopes Okta asks the access token for, separated by spaces.
	Scope string `json:"scope,omitzero"`
	// TokenURL is the token endpoint Okta gets the access token from.
	TokenURL string `json:"tokenUrl,omitzero"`
	Extra    Extra  `json:"-"`
}

// InlineHookOAuthAuthType is how an inline hook's OAUTH channel authenticates to the token endpoint.
type InlineHookOAuthAuthType string

// InlineHookOAuthAuthType values. Okta may send others; they decode as they are.
const (
	// InlineHookOAuthAuthTypeClientSecretPost sends the client ID and ClientSecret in the body of the token
	// request.
	InlineHookOAuthAuthTypeClientSecretPost InlineHookOAuthAuthType = "client_secret_post"
	// InlineHookOAuthAuthTypePrivateKeyJWT sends a client assertion signed by the hook key HookKeyID.
	InlineHookOAuthAuthTypePrivateKeyJWT InlineHookOAuthAuthType = "private_key_jwt"
)

// InlineHookChannelConfigHeaders is a header Okta sends with every call of an inline hook.
type InlineHookChannelConfigHeaders struct {
	Key   string `json:"key,omitzero"`
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// InlineHookChannelConfigAuthScheme is the secret header an inline hook sends to authenticate to its endpoint:
// Type "HEADER", Key the header's name, Value its secret value (write-only: Okta never returns it).
type InlineHookChannelConfigAuthScheme struct {
	Type  string `json:"type,omitzero"`
	Key   string `json:"key,omitzero"`
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// InlineHookPayload is the request Okta sends to an inline hook's endpoint, whose members depend on the hook's
// type (see Okta's inline hook reference); InlineHooksService.Execute sends it as it is.
type InlineHookPayload map[string]any

// InlineHookResponse is an inline hook endpoint's answer: the commands it asks Okta to apply.
type InlineHookResponse struct {
	Commands []InlineHookResponseCommands `json:"commands,omitzero"`
	Extra    Extra                        `json:"-"`
}

// InlineHookResponseCommands is one command of an inline hook's answer, such as
// "com.okta.identity.patch" with the JSON Patch operations to apply.
type InlineHookResponseCommands struct {
	Type  string                           `json:"type,omitzero"`
	Value []InlineHookResponseCommandValue `json:"value,omitzero"`
	Extra Extra                            `json:"-"`
}

// InlineHookResponseCommandValue is one operation of a command: a JSON Patch operation (Op "add", "replace",
// "remove") on Path. The API describes Value as a string; a value of another JSON type (a number, an object)
// is kept in Extra under "value" and sent back as it came.
type InlineHookResponseCommandValue struct {
	Op    string `json:"op,omitzero"`
	Path  string `json:"path,omitzero"`
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}
