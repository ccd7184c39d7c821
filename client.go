package okta

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"reflect"
	"runtime"
	"strings"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Version is the version of this SDK, sent in the User-Agent header.
const Version = "0.1.0"

// ErrResponseTooLarge is matched (with errors.Is) by the error of a call whose successful response body is
// larger than the cap (DefaultMaxResponseBytes, or WithMaxResponseBytes).
var ErrResponseTooLarge = errors.New("okta: the response body is too large")

// Client talks to one Okta org. Build it with NewClient or NewClientFromConfig; it is safe for concurrent use
// and its services share one connection pool, one retry policy and one set of credentials.
type Client struct {
	orgURL         *url.URL
	drURL          *url.URL // where DisasterRecoveryService's requests go
	http           *retryablehttp.Client
	creds          credentials
	headers        http.Header
	requestTimeout time.Duration
	maxBody        int64 // the cap on a successful response's body
	logger         *slog.Logger
	cache          *responseCache

	common service

	// Users manages users: create, read, update, lifecycle, credentials, sessions, grants.
	Users *UsersService
	// UserFactors manages the authenticator factors enrolled for a user.
	UserFactors *UserFactorsService
	// UserTypes manages user types.
	UserTypes *UserTypesService
	// Groups manages groups, their members, owners and group rules.
	Groups *GroupsService
	// Apps manages applications and their users, groups, credentials, grants, tokens and features.
	Apps *AppsService
	// Policies manages policies and their rules.
	Policies *PoliciesService
	// AuthorizationServers manages custom authorization servers and their policies, rules, scopes, claims, keys and clients.
	AuthorizationServers *AuthorizationServersService
	// Sessions manages user sessions.
	Sessions *SessionsService
	// SystemLog reads the System Log.
	SystemLog *SystemLogService
	// RiskEvents sends risk events from third-party providers.
	RiskEvents *RiskEventsService
	// RiskProviders manages risk providers.
	RiskProviders *RiskProvidersService
	// ProfileMappings manages profile mappings between apps, directories and Okta.
	ProfileMappings *ProfileMappingsService
	// APITokens manages API tokens.
	APITokens *APITokensService
	// ThreatInsight manages the ThreatInsight configuration.
	ThreatInsight *ThreatInsightService
	// AttackProtection manages attack protection settings.
	AttackProtection *AttackProtectionService
	// AgentPools manages agent pools and their updates.
	AgentPools *AgentPoolsService
	// Brands manages brands, themes, email templates and customized pages.
	Brands *BrandsService
	// EmailDomains manages email domains.
	EmailDomains *EmailDomainsService
	// EmailServers manages custom SMTP email servers.
	EmailServers *EmailServersService
	// CustomDomains manages custom domains and their certificates.
	CustomDomains *CustomDomainsService
	// SMSTemplates manages SMS templates.
	SMSTemplates *SMSTemplatesService
	// CAPTCHAs manages CAPTCHA instances and the org-wide CAPTCHA settings.
	CAPTCHAs *CAPTCHAsService
	// IdentityProviders manages identity providers, their keys, signing credentials and linked users.
	IdentityProviders *IdentityProvidersService
	// Authenticators manages authenticators and their methods.
	Authenticators *AuthenticatorsService
	// PushProviders manages push notification providers.
	PushProviders *PushProvidersService
	// Behaviors manages behavior detection rules.
	Behaviors *BehaviorsService
	// Roles manages custom roles and their permissions.
	Roles *RolesService
	// RoleAssignments assigns admin roles to users and groups.
	RoleAssignments *RoleAssignmentsService
	// RoleTargets manages the targets (apps, groups) of admin role assignments.
	RoleTargets *RoleTargetsService
	// ResourceSets manages resource sets and their bindings.
	ResourceSets *ResourceSetsService
	// OrgSettings manages the org's settings, contacts, preferences and support.
	OrgSettings *OrgSettingsService
	// Schemas manages user, group and app user profile schemas.
	Schemas *SchemasService
	// UISchemas manages UI schemas.
	UISchemas *UISchemasService
	// LinkedObjects manages linked object definitions.
	LinkedObjects *LinkedObjectsService
	// Features manages self-service features.
	Features *FeaturesService
	// RateLimitSettings manages the org's rate-limit settings.
	RateLimitSettings *RateLimitSettingsService
	// PrincipalRateLimits manages rate limits for principals (API tokens, OAuth clients).
	PrincipalRateLimits *PrincipalRateLimitsService
	// Subscriptions manages notification subscriptions of roles and users.
	Subscriptions *SubscriptionsService
	// EventHooks manages event hooks.
	EventHooks *EventHooksService
	// InlineHooks manages inline hooks.
	InlineHooks *InlineHooksService
	// HookKeys manages the keys that sign inline hook requests.
	HookKeys *HookKeysService
	// LogStreams manages log streams.
	LogStreams *LogStreamsService
	// TrustedOrigins manages trusted origins.
	TrustedOrigins *TrustedOriginsService
	// NetworkZones manages network zones.
	NetworkZones *NetworkZonesService
	// Devices manages devices.
	Devices *DevicesService
	// DeviceAssurances manages device assurance policies.
	DeviceAssurances *DeviceAssurancesService
	// Realms manages realms.
	Realms *RealmsService
	// RealmAssignments manages realm assignments: the rules that place users in realms.
	RealmAssignments *RealmAssignmentsService
	// GovernanceBundles manages governance bundles and the Admin Console's entitlement management opt-in.
	GovernanceBundles *GovernanceBundlesService
	// IdentitySources manages identity source sessions and bulk uploads.
	IdentitySources *IdentitySourcesService
	// APIServiceIntegrations manages API service integration instances and their secrets.
	APIServiceIntegrations *APIServiceIntegrationsService
	// TelephonyProviders manages custom telephony providers (Twilio, Telesign) for SMS and voice.
	TelephonyProviders *TelephonyProvidersService
	// ServiceAccounts manages the app service accounts of Okta Privileged Access.
	ServiceAccounts *ServiceAccountsService
	// DevicePostureChecks manages device posture checks, built-in and custom.
	DevicePostureChecks *DevicePostureChecksService
	// DisasterRecovery fails the org's domains over to Okta's disaster recovery region and back.
	DisasterRecovery *DisasterRecoveryService
	// DeviceIntegrations manages the org's device integrations, the sources of device signals.
	DeviceIntegrations *DeviceIntegrationsService
	// Directories updates and queries groups in Active Directory and LDAP servers through Okta's agents.
	Directories *DirectoriesService
	// SSFTransmitter manages the org's Shared Signals Framework transmitter streams.
	SSFTransmitter *SSFTransmitterService
	// SSFReceivers manages the security events providers the org receives Shared Signals Framework events from.
	SSFReceivers *SSFReceiversService
	// WebAuthnPreregistration preregisters WebAuthn factors (YubiKeys) that a fulfillment provider ships to users.
	WebAuthnPreregistration *WebAuthnPreregistrationService
	// OktaPersonalSettings manages the org's Okta Personal settings and the email domains excluded from app migration.
	OktaPersonalSettings *OktaPersonalSettingsService
	// FirstPartyAppSettings manages the settings of Okta's own apps, such as the Okta Admin Console.
	FirstPartyAppSettings *FirstPartyAppSettingsService
	// Orgs creates child orgs.
	Orgs *OrgsService
}

// service is the value every service shares: a typed view of one client.
type service struct {
	client *Client
}

// NewClient returns a client configured by opts. It checks every option and the org URL, and returns an error
// that says what to fix instead of failing later at the first request.
func NewClient(opts ...Option) (*Client, error) {
	s := defaultSettings()
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		if err := opt(s); err != nil {
			return nil, err
		}
	}
	return newClient(s)
}

func newClient(s *settings) (*Client, error) {
	org, err := parseOrgURL(s.orgURL, s.insecure)
	if err != nil {
		return nil, err
	}
	dr, err := disasterRecoveryURL(s, org)
	if err != nil {
		return nil, err
	}
	c := &Client{
		orgURL:         org,
		drURL:          dr,
		headers:        s.headers.Clone(),
		requestTimeout: s.requestTimeout,
		maxBody:        s.maxResponseBytes,
		logger:         s.logger,
	}
	if c.logger == nil {
		c.logger = slog.New(slog.DiscardHandler)
	}
	c.headers.Set("User-Agent", userAgent(s.userAgent))
	c.headers.Set("Accept", "application/json")
	home := origins{org}
	if !onOrigin(org, dr) {
		home = append(home, dr)
	}
	c.http = newRetryClient(s, home, c.logger)
	c.http.HTTPClient.Transport = newLimitTransport(c.http.HTTPClient.Transport, s, c.logger)
	c.creds, err = newCredentials(s, org, c.http)
	if err != nil {
		return nil, err
	}
	c.http.HTTPClient.Transport = &authTransport{base: c.http.HTTPClient.Transport, creds: c.creds, org: home}
	if s.cache != nil {
		c.cache = &responseCache{cache: s.cache, identity: c.creds.identity()}
	}
	c.common.client = c
	c.Users = (*UsersService)(&c.common)
	c.UserFactors = (*UserFactorsService)(&c.common)
	c.UserTypes = (*UserTypesService)(&c.common)
	c.Groups = (*GroupsService)(&c.common)
	c.Apps = (*AppsService)(&c.common)
	c.Policies = (*PoliciesService)(&c.common)
	c.AuthorizationServers = (*AuthorizationServersService)(&c.common)
	c.Sessions = (*SessionsService)(&c.common)
	c.SystemLog = (*SystemLogService)(&c.common)
	c.RiskEvents = (*RiskEventsService)(&c.common)
	c.RiskProviders = (*RiskProvidersService)(&c.common)
	c.ProfileMappings = (*ProfileMappingsService)(&c.common)
	c.APITokens = (*APITokensService)(&c.common)
	c.ThreatInsight = (*ThreatInsightService)(&c.common)
	c.AttackProtection = (*AttackProtectionService)(&c.common)
	c.AgentPools = (*AgentPoolsService)(&c.common)
	c.Brands = (*BrandsService)(&c.common)
	c.EmailDomains = (*EmailDomainsService)(&c.common)
	c.EmailServers = (*EmailServersService)(&c.common)
	c.CustomDomains = (*CustomDomainsService)(&c.common)
	c.SMSTemplates = (*SMSTemplatesService)(&c.common)
	c.CAPTCHAs = (*CAPTCHAsService)(&c.common)
	c.IdentityProviders = (*IdentityProvidersService)(&c.common)
	c.Authenticators = (*AuthenticatorsService)(&c.common)
	c.PushProviders = (*PushProvidersService)(&c.common)
	c.Behaviors = (*BehaviorsService)(&c.common)
	c.Roles = (*RolesService)(&c.common)
	c.RoleAssignments = (*RoleAssignmentsService)(&c.common)
	c.RoleTargets = (*RoleTargetsService)(&c.common)
	c.ResourceSets = (*ResourceSetsService)(&c.common)
	c.OrgSettings = (*OrgSettingsService)(&c.common)
	c.Schemas = (*SchemasService)(&c.common)
	c.UISchemas = (*UISchemasService)(&c.common)
	c.LinkedObjects = (*LinkedObjectsService)(&c.common)
	c.Features = (*FeaturesService)(&c.common)
	c.RateLimitSettings = (*RateLimitSettingsService)(&c.common)
	c.PrincipalRateLimits = (*PrincipalRateLimitsService)(&c.common)
	c.Subscriptions = (*SubscriptionsService)(&c.common)
	c.EventHooks = (*EventHooksService)(&c.common)
	c.InlineHooks = (*InlineHooksService)(&c.common)
	c.HookKeys = (*HookKeysService)(&c.common)
	c.LogStreams = (*LogStreamsService)(&c.common)
	c.TrustedOrigins = (*TrustedOriginsService)(&c.common)
	c.NetworkZones = (*NetworkZonesService)(&c.common)
	c.Devices = (*DevicesService)(&c.common)
	c.DeviceAssurances = (*DeviceAssurancesService)(&c.common)
	c.Realms = (*RealmsService)(&c.common)
	c.RealmAssignments = (*RealmAssignmentsService)(&c.common)
	c.GovernanceBundles = (*GovernanceBundlesService)(&c.common)
	c.IdentitySources = (*IdentitySourcesService)(&c.common)
	c.APIServiceIntegrations = (*APIServiceIntegrationsService)(&c.common)
	c.TelephonyProviders = (*TelephonyProvidersService)(&c.common)
	c.ServiceAccounts = (*ServiceAccountsService)(&c.common)
	c.DevicePostureChecks = (*DevicePostureChecksService)(&c.common)
	c.DisasterRecovery = (*DisasterRecoveryService)(&c.common)
	c.DeviceIntegrations = (*DeviceIntegrationsService)(&c.common)
	c.Directories = (*DirectoriesService)(&c.common)
	c.SSFTransmitter = (*SSFTransmitterService)(&c.common)
	c.SSFReceivers = (*SSFReceiversService)(&c.common)
	c.WebAuthnPreregistration = (*WebAuthnPreregistrationService)(&c.common)
	c.OktaPersonalSettings = (*OktaPersonalSettingsService)(&c.common)
	c.FirstPartyAppSettings = (*FirstPartyAppSettingsService)(&c.common)
	c.Orgs = (*OrgsService)(&c.common)
	return c, nil
}

// OrgURL returns the org URL the client sends requests to, without a trailing slash.
func (c *Client) OrgURL() string { return c.orgURL.String() }

// Headers returns the headers sent with every request: User-Agent, Accept and those set with WithHeader. The
// Authorization header is left out.
func (c *Client) Headers() http.Header { return c.headers.Clone() }

func userAgent(extra string) string {
	ua := fmt.Sprintf("okta-go/%s go/%s %s/%s", Version, strings.TrimPrefix(runtime.Version(), "go"), runtime.GOOS, runtime.GOARCH)
	if extra != "" {
		ua += " " + extra
	}
	return ua
}

// parseOrgURL checks an org URL and returns it as scheme://host[:port].
func parseOrgURL(raw string, insecure bool) (*url.URL, error) {
	const example = "e.g. https://dev-123456.okta.com"
	switch {
	case raw == "":
		return nil, fmt.Errorf("okta: the org URL is missing: set it with WithOrgURL or OKTA_CLIENT_ORGURL (%s)", example)
	case strings.Contains(raw, "{yourOktaDomain}"):
		return nil, fmt.Errorf("okta: the org URL %q still contains the placeholder {yourOktaDomain}: replace it with your org's domain (%s)", raw, example)
	case strings.Count(raw, "://") > 1:
		return nil, fmt.Errorf("okta: the org URL %q contains \"://\" more than once", raw)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("okta: the org URL %q does not parse (%s): %w", raw, example, err)
	}
	switch {
	case u.Scheme == "http" && !insecure:
		return nil, fmt.Errorf("okta: the org URL %q must use https (WithInsecureHTTP allows http for tests)", raw)
	case u.Scheme != "https" && u.Scheme != "http":
		return nil, fmt.Errorf("okta: the org URL %q must start with https:// (%s)", raw, example)
	case u.Host == "" || u.Hostname() == "":
		return nil, fmt.Errorf("okta: the org URL %q has no host (%s)", raw, example)
	case u.User != nil:
		return nil, fmt.Errorf("okta: the org URL %q must not contain credentials", u.Redacted())
	case strings.Contains(u.Hostname(), "-admin."):
		return nil, fmt.Errorf("okta: the org URL %q is the admin console: use %s", raw, strings.Replace(u.Hostname(), "-admin.", ".", 1))
	case strings.HasSuffix(strings.ToLower(u.Hostname()), ".com.com"):
		return nil, fmt.Errorf("okta: the org URL %q ends in .com.com", raw)
	case u.Path != "" && u.Path != "/":
		return nil, fmt.Errorf("okta: the org URL %q must not have a path: use %s://%s", raw, u.Scheme, u.Host)
	case u.RawQuery != "" || u.ForceQuery:
		return nil, fmt.Errorf("okta: the org URL %q must not have a query", raw)
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return nil, fmt.Errorf("okta: the org URL %q must not have a fragment", raw)
	}
	return &url.URL{Scheme: u.Scheme, Host: strings.ToLower(u.Host)}, nil
}

// request is one API call as a service method describes it; send turns it into HTTP.
type request struct {
	method string
	tmpl   string // the path template, which names the operation's rate-limit bucket
	path   string // escaped
	query  url.Values
	body   any         // encoded as JSON, unless it is a *rawBody
	accept string      // defaults to application/json
	header http.Header // headers the operation itself takes (the spec's header parameters)
	err    error       // a problem with the inputs, reported before anything is sent
	// emptyOK lets send return a nil resource for a 2xx without a body, for the few operations Okta documents
	// that way; for any other an empty or null body is an error.
	emptyOK bool
	// dr sends the request to the org's disaster recovery host (Client.drURL) rather than the org URL.
	dr bool
}

// rawBody is a request body that is not JSON: a multipart upload, a PEM or DER certificate.
type rawBody struct {
	contentType string
	data        []byte
}

// newRequest builds a request for the path template tmpl (as written in the API reference), replacing each
// {parameter} in order with the escaped value of the matching id. An empty id is an error.
func newRequest(method, tmpl string, ids ...string) *request {
	r := &request{method: method, tmpl: tmpl}
	r.path, r.err = expandPath(tmpl, ids)
	return r
}

func expandPath(tmpl string, ids []string) (string, error) {
	var b strings.Builder
	b.Grow(len(tmpl) + 16)
	rest := tmpl
	for i := 0; ; i++ {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			if i != len(ids) {
				return "", fmt.Errorf("okta: internal error: %d IDs for path %s", len(ids), tmpl)
			}
			b.WriteString(rest)
			return b.String(), nil
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 || i >= len(ids) {
			return "", fmt.Errorf("okta: internal error: %d IDs for path %s", len(ids), tmpl)
		}
		name := rest[open+1 : open+end]
		id := ids[i]
		if strings.TrimSpace(id) == "" {
			return "", inputErrorf("okta: %s is empty", name)
		}
		b.WriteString(strings.TrimSuffix(rest[:open], "$"))
		b.WriteString(escapeSegment(id))
		rest = rest[open+end+1:]
	}
}

// escapeSegment escapes id as one path segment: a slash cannot reach another resource, nor can "." or "..".
func escapeSegment(id string) string {
	switch id {
	case ".":
		return "%2E"
	case "..":
		return "%2E%2E"
	}
	return url.PathEscape(id)
}

// withBody sets the JSON request body. A nil body (nil itself, or a nil pointer, slice or map) sets none; where
// the operation requires one, the call then fails before sending (see checkBody).
func (r *request) withBody(body any) *request {
	if isNil(body) {
		return r
	}
	r.body = body
	return r
}

// withHeader sets the header key to value for this request only; an empty value sets nothing. It is for the
// header parameters an operation defines (verifyFactor's X-Forwarded-For, User-Agent, Accept-Language; If-Match,
// Prefer), which override the client's own values; options structs name theirs in `header` tags (withQuery).
func (r *request) withHeader(key, value string) *request {
	if value == "" {
		return r
	}
	if err := checkHeaderValue(value); err != nil {
		if r.err == nil {
			r.err = inputErrorf("okta: the %s header %w", key, err)
		}
		return r
	}
	if r.header == nil {
		r.header = http.Header{}
	}
	r.header.Set(key, value)
	return r
}

// withQuery adds the parameters of an options struct: the fields tagged `url` to the query (see encodeQuery)
// and the fields tagged `header` to the request's headers (see encodeHeader), so a method passes its options
// once whatever kind of parameter they carry.
func (r *request) withQuery(opts any) *request {
	q, err := encodeQuery(opts)
	if err != nil && r.err == nil {
		r.err = err
	}
	if len(q) > 0 {
		if r.query == nil {
			r.query = url.Values{}
		}
		for k, v := range q {
			r.query[k] = append(r.query[k], v...)
		}
	}
	h, _ := encodeHeader(opts) // the same struct: encodeQuery has reported any error
	for k, v := range h {
		r.withHeader(k, v[0])
	}
	return r
}

// send performs r and decodes a successful response body into a T. T may be a pointer to a model, a slice of
// models, a registered polymorphic interface, []byte or string (for XML and other raw bodies).
func send[T any](ctx context.Context, c *Client, r *request) (T, *Response, error) {
	var out T
	kind := reflect.TypeFor[T]().Kind()
	resp, err := c.do(ctx, r, &out, kind != reflect.Slice)
	if err == nil && !r.emptyOK && (kind == reflect.Pointer || kind == reflect.Interface) && reflect.ValueOf(&out).Elem().IsNil() {
		return out, resp, emptyBodyError(r, resp)
	}
	return out, resp, err
}

// emptyBodyError is the error of a 2xx response whose body was empty or null where the operation promises a
// resource.
func emptyBodyError(r *request, resp *Response) error {
	return fmt.Errorf("okta: %s %s: %d with an empty body where a resource was expected", r.method, r.path, resp.StatusCode)
}

// exec performs r, whose response has no body worth returning.
func exec(ctx context.Context, c *Client, r *request) (*Response, error) {
	return c.do(ctx, r, nil, false)
}

// do is the one place requests are sent.
func (c *Client) do(ctx context.Context, r *request, out any, cacheable bool) (*Response, error) {
	if r.err != nil {
		return nil, r.err
	}
	if err := checkBody(r); err != nil {
		return nil, err
	}
	if ctx == nil {
		return nil, errors.New("okta: nil context")
	}
	if c.requestTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.requestTimeout)
		defer cancel()
	}
	u := c.resolve(r)
	// The cache keys on the URL: a read whose header parameters shape the answer (users without their
	// credentials, ...) must neither be served from it nor stored in it.
	cacheable = cacheable && c.cache != nil && r.method == http.MethodGet && len(r.header) == 0
	if cacheable {
		if resp, body, ok := c.cache.get(u); ok {
			return resp, decodeBody(body, out)
		}
	}

	var body []byte
	contentType := ""
	switch b := r.body.(type) {
	case nil:
	case *rawBody:
		body, contentType = b.data, b.contentType
	default:
		var err error
		if body, err = json.Marshal(b); err != nil {
			return nil, fmt.Errorf("okta: encoding the request body: %w", err)
		}
		contentType = "application/json"
	}
	req, err := retryablehttp.NewRequestWithContext(withAttempts(withBucket(ctx, r), r.method), r.method, u.String(), body)
	if err != nil {
		return nil, fmt.Errorf("okta: building the request: %w", err)
	}
	req.URL = u
	req.Host = ""
	for k, v := range c.headers {
		req.Header[k] = v
	}
	for k, v := range headersFrom(ctx) {
		req.Header[k] = v
	}
	for k, v := range r.header {
		req.Header[k] = v
	}
	if r.accept != "" {
		req.Header.Set("Accept", r.accept)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}

	if c.cache != nil && r.method != http.MethodGet && r.method != http.MethodHead {
		// A write drops what it may change before it is sent and again once it has any outcome.
		c.cache.invalidate(u)
		defer c.cache.invalidate(u)
	}
	hr, err := c.http.Do(req)
	if err != nil {
		if hr != nil {
			hr.Body.Close()
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("okta: %s %s: %w", r.method, u.Path, redactError(err))
	}
	hr.Request = redactRequest(hr.Request)
	resp := newResponse(hr)
	if hr.StatusCode >= 400 {
		return resp, newError(resp)
	}
	defer hr.Body.Close()
	data, err := io.ReadAll(io.LimitReader(hr.Body, c.maxBody+1))
	if err != nil {
		return resp, fmt.Errorf("okta: reading the response to %s %s: %w", r.method, u.Path, err)
	}
	if int64(len(data)) > c.maxBody {
		return resp, fmt.Errorf("okta: reading the response to %s %s: %w: more than %d bytes (WithMaxResponseBytes changes the cap)",
			r.method, u.Path, ErrResponseTooLarge, c.maxBody)
	}
	if c.cache != nil {
		if cacheable {
			c.cache.set(u, resp, data)
		} else if r.method != http.MethodGet && r.method != http.MethodHead {
			c.cache.invalidateResource(u, data)
		}
	}
	if err := decodeBody(data, out); err != nil {
		return resp, fmt.Errorf("okta: decoding the response to %s %s: %w", r.method, u.Path, err)
	}
	return resp, nil
}

func decodeBody(data []byte, out any) error {
	switch o := out.(type) {
	case nil:
		return nil
	case *[]byte:
		*o = data
		return nil
	case *string:
		*o = string(data)
		return nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	return decodeJSON(data, out)
}

// resolve makes the URL of r's path and query against the org URL, or the disaster recovery host for its
// operations. Paths taken from Link headers are resolved the same way, so credentials never travel to another
// host.
func (c *Client) resolve(r *request) *url.URL {
	u := *c.orgURL
	if r.dr {
		u = *c.drURL
	}
	u.Path, _ = url.PathUnescape(r.path)
	u.RawPath = r.path
	u.RawQuery = r.query.Encode()
	return &u
}

// redactError strips the URL's query from transport errors, which can carry search terms, and keeps the cause.
func redactError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

type headersKey struct{}

// ContextWithHeader returns a context that adds the header key: value to requests made with it, on top of the
// client's default headers. Headers the SDK owns (Authorization, User-Agent, ...) are not changed; an invalid
// key, or a value with a line break or another control character, is ignored.
func ContextWithHeader(ctx context.Context, key, value string) context.Context {
	if checkHeader(key) != nil || checkHeaderValue(value) != nil {
		return ctx
	}
	h := headersFrom(ctx).Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Add(key, value)
	return context.WithValue(ctx, headersKey{}, h)
}

func headersFrom(ctx context.Context) http.Header {
	h, _ := ctx.Value(headersKey{}).(http.Header)
	return h
}
