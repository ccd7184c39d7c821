package okta

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"path/filepath"
	"strings"
	"time"
)

// AppsService manages applications and their assigned users and groups, credentials, grants, tokens and
// features. Reach it as client.Apps.
//
// Applications come in kinds, told apart by their sign-on mode. Methods that return one return an
// [Application]; switch on its concrete type to reach the kind's settings and credentials:
//
//	app, _, err := client.Apps.Get(ctx, appID, nil)
//	if err != nil { ... }
//	switch app := app.(type) {
//	case *okta.OpenIDConnectApplication:
//		fmt.Println(app.Settings.OAuthClient.RedirectURIs)
//	case *okta.SAMLApplication:
//		fmt.Println(app.Settings.SignOn.SsoAcsURL)
//	}
type AppsService service

// List returns one page of applications. Pass resp.After back in opts.After to fetch the next page, or use
// ListIter. An application of a kind this SDK does not know is an *UnknownApplication.
//
//okta:operation listApplications GET /api/v1/apps
func (s *AppsService) List(ctx context.Context, opts *AppsListOptions) ([]Application, *Response, error) {
	return send[[]Application](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps").withQuery(opts))
}

// ListIter returns an iterator over all applications that match opts, fetching pages as it goes.
func (s *AppsService) ListIter(ctx context.Context, opts *AppsListOptions) *Iterator[Application] {
	return newIterator[Application](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps").withQuery(opts))
}

// Create creates an application. app is one of the concrete application types with its SignOnMode set (and
// Name, for the kinds that are templates in the Okta Integration Network, such as ApplicationNameBookmark or
// ApplicationNameOIDCClient). Okta activates the new application unless opts.Activate is false.
//
// An Okta Access Gateway agent sends its OktaAccessGateway-Agent header with ContextWithHeader.
//
//okta:operation createApplication POST /api/v1/apps
func (s *AppsService) Create(ctx context.Context, app Application, opts *AppsCreateOptions) (Application, *Response, error) {
	return send[Application](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps").withBody(app).withQuery(opts))
}

// Get retrieves an application by ID.
//
//okta:operation getApplication GET /api/v1/apps/{appId}
func (s *AppsService) Get(ctx context.Context, appID string, opts *AppsGetOptions) (Application, *Response, error) {
	return send[Application](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}", appID).withQuery(opts))
}

// Replace replaces an application with app. Okta replaces the whole application, so start from what Get
// returned: every member Okta sent, modelled or not, is sent back.
//
//okta:operation replaceApplication PUT /api/v1/apps/{appId}
func (s *AppsService) Replace(ctx context.Context, appID string, app Application) (Application, *Response, error) {
	return send[Application](ctx, s.client, newRequest(http.MethodPut, "/api/v1/apps/{appId}", appID).withBody(app))
}

// Delete deletes an application. Okta deletes only inactive applications: Deactivate it first.
//
//okta:operation deleteApplication DELETE /api/v1/apps/{appId}
func (s *AppsService) Delete(ctx context.Context, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}", appID))
}

// Activate activates an inactive application.
//
//okta:operation activateApplication POST /api/v1/apps/{appId}/lifecycle/activate
func (s *AppsService) Activate(ctx context.Context, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/lifecycle/activate", appID))
}

// Deactivate deactivates an active application.
//
//okta:operation deactivateApplication POST /api/v1/apps/{appId}/lifecycle/deactivate
func (s *AppsService) Deactivate(ctx context.Context, appID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/lifecycle/deactivate", appID))
}

// UploadLogo uploads the image file (PNG, JPG, SVG or GIF, under 1 MB) as the application's logo, replacing
// any previous one. filename names the file in the upload; its extension sets the image's content type, which
// is otherwise sniffed from the content.
//
//okta:operation uploadApplicationLogo POST /api/v1/apps/{appId}/logo
func (s *AppsService) UploadLogo(ctx context.Context, appID string, file io.Reader, filename string) (*Response, error) {
	r := newRequest(http.MethodPost, "/api/v1/apps/{appId}/logo", appID)
	if r.err == nil {
		r.body, r.err = multipartFile("file", file, filename)
	}
	return exec(ctx, s.client, r)
}

// AssignPolicy assigns the application to the authentication policy policyID, replacing any previous
// assignment.
//
//okta:operation assignApplicationPolicy PUT /api/v1/apps/{appId}/policies/{policyId}
func (s *AppsService) AssignPolicy(ctx context.Context, appID, policyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/apps/{appId}/policies/{policyId}", appID, policyID))
}

// PreviewSAMLMetadata returns the SAML metadata (an XML document) of a SAML application, as it is with the
// signing key opts.Kid (the application's current key when unset).
//
//okta:operation previewSAMLmetadataForApplication GET /api/v1/apps/${appId}/sso/saml/metadata
func (s *AppsService) PreviewSAMLMetadata(ctx context.Context, appID string, opts *AppsPreviewSAMLMetadataOptions) ([]byte, *Response, error) {
	r := newRequest(http.MethodGet, "/api/v1/apps/${appId}/sso/saml/metadata", appID).withQuery(opts)
	r.accept = "text/xml, application/xml"
	return send[[]byte](ctx, s.client, r)
}

// multipartFile builds a multipart/form-data body holding one file in the form field field.
func multipartFile(field string, file io.Reader, filename string) (*rawBody, error) {
	if file == nil {
		return nil, errors.New("okta: the file to upload is nil")
	}
	content, err := io.ReadAll(file)
	if err != nil {
		return nil, fmt.Errorf("okta: reading the file to upload: %w", err)
	}
	if filename == "" {
		filename = field
	}
	contentType := mime.TypeByExtension(strings.ToLower(filepath.Ext(filename)))
	if contentType == "" {
		contentType = http.DetectContentType(content)
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", mime.FormatMediaType("form-data", map[string]string{"name": field, "filename": filename}))
	h.Set("Content-Type", contentType)
	part, err := w.CreatePart(h)
	if err != nil {
		return nil, fmt.Errorf("okta: building the upload: %w", err)
	}
	part.Write(content)
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("okta: building the upload: %w", err)
	}
	return &rawBody{contentType: w.FormDataContentType(), data: buf.Bytes()}, nil
}

// AppsListOptions are the parameters of AppsService.List.
type AppsListOptions struct {
	// Q finds applications whose name or label starts with Q.
	Q string `url:"q"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// Filter is a filter expression on status, user.id, group.id or credentials.signing.kid, e.g.
	// `status eq "ACTIVE"`.
	Filter string `url:"filter"`
	// Expand with "user/{userId}" (and a user.id filter) embeds each application's assignment of that user
	// in _embedded.
	Expand string `url:"expand"`
	// IncludeNonDeleted, when true, also returns applications that are being deleted.
	IncludeNonDeleted *bool `url:"includeNonDeleted"`
	// UseOptimization, when true, returns a shorter application object without some members. It is not in
	// the 5.1.0 API description, but Okta accepts it.
	UseOptimization *bool `url:"useOptimization"`
	// AlwaysIncludeVpnSettings, when false, leaves out the VPN notification settings of applications that have
	// none. It is not in the 5.1.0 API description, but Okta accepts it.
	AlwaysIncludeVpnSettings *bool `url:"alwaysIncludeVpnSettings"`
}

// AppsCreateOptions are the parameters of AppsService.Create.
type AppsCreateOptions struct {
	// Activate, when set, says whether to activate the application; Okta's default is true.
	Activate *bool `url:"activate"`
	// OktaAccessGatewayAgent is sent as the OktaAccessGateway-Agent header, which Okta Access Gateway sets
	// when it creates the applications it fronts; other callers leave it empty.
	OktaAccessGatewayAgent string `header:"OktaAccessGateway-Agent"`
}

// AppsGetOptions are the parameters of AppsService.Get.
type AppsGetOptions struct {
	// Expand with "user/{userId}" embeds that user's assignment to the application in _embedded.
	Expand string `url:"expand"`
}

// AppsPreviewSAMLMetadataOptions are the parameters of AppsService.PreviewSAMLMetadata.
type AppsPreviewSAMLMetadataOptions struct {
	// Kid is the ID of the signing key credential to preview the metadata with. It is not in the 5.1.0 API
	// description, but Okta documents and accepts it.
	Kid string `url:"kid"`
}

// Application is an Okta application. Its concrete type depends on its sign-on mode:
//
//	AUTO_LOGIN             *AutoLoginApplication
//	BASIC_AUTH             *BasicAuthApplication
//	BOOKMARK               *BookmarkApplication
//	BROWSER_PLUGIN         *BrowserPluginApplication
//	OPENID_CONNECT         *OpenIDConnectApplication
//	SAML_1_1, SAML_2_0     *SAMLApplication
//	SECURE_PASSWORD_STORE  *SecurePasswordStoreApplication
//	WS_FEDERATION          *WSFederationApplication
//	anything else          *UnknownApplication
//
// Every one keeps the members it does not model in its Extra, so an application read from Okta and sent back
// with Replace loses nothing.
type Application interface {
	// Base returns the members every kind of application has, to read or change them.
	Base() *ApplicationBase
	// isApplication seals the interface: only this package's types are Applications.
	isApplication()
}

func init() {
	registerUnion(unionOf[Application, UnknownApplication]("signOnMode",
		kindOf[AutoLoginApplication](ApplicationSignOnModeAutoLogin),
		kindOf[BasicAuthApplication](ApplicationSignOnModeBasicAuth),
		kindOf[BookmarkApplication](ApplicationSignOnModeBookmark),
		kindOf[BrowserPluginApplication](ApplicationSignOnModeBrowserPlugin),
		kindOf[OpenIDConnectApplication](ApplicationSignOnModeOpenIDConnect),
		kindOf[SAMLApplication](ApplicationSignOnModeSAML20, ApplicationSignOnModeSAML11),
		kindOf[SecurePasswordStoreApplication](ApplicationSignOnModeSecurePasswordStore),
		kindOf[WSFederationApplication](ApplicationSignOnModeWSFederation),
	))
}

// ApplicationSignOnMode is how users sign in to an application. It decides the application's Go type.
type ApplicationSignOnMode string

// ApplicationSignOnMode values. Okta may send others; they decode as they are, to an UnknownApplication.
const (
	ApplicationSignOnModeAutoLogin           ApplicationSignOnMode = "AUTO_LOGIN"
	ApplicationSignOnModeBasicAuth           ApplicationSignOnMode = "BASIC_AUTH"
	ApplicationSignOnModeBookmark            ApplicationSignOnMode = "BOOKMARK"
	ApplicationSignOnModeBrowserPlugin       ApplicationSignOnMode = "BROWSER_PLUGIN"
	ApplicationSignOnModeOpenIDConnect       ApplicationSignOnMode = "OPENID_CONNECT"
	ApplicationSignOnModeSAML11              ApplicationSignOnMode = "SAML_1_1"
	ApplicationSignOnModeSAML20              ApplicationSignOnMode = "SAML_2_0"
	ApplicationSignOnModeSecurePasswordStore ApplicationSignOnMode = "SECURE_PASSWORD_STORE"
	ApplicationSignOnModeWSFederation        ApplicationSignOnMode = "WS_FEDERATION"
)

// ApplicationName is the key name of an application's definition, the Name of its ApplicationBase. The kinds
// Okta defines by template have the names below; an application from the Okta Integration Network has the
// key of its integration ("salesforce", "okta_org2org", ...), and a custom SAML 2.0 or AUTO_LOGIN application
// a key Okta generates when it is created. Any of them decodes as it is.
type ApplicationName string

// ApplicationName values: the templates Okta names in its API description.
const (
	// ApplicationNameBasicAuth is a BasicAuthApplication: basic authentication against a URL.
	ApplicationNameBasicAuth ApplicationName = "template_basic_auth"
	// ApplicationNameBookmark is a BookmarkApplication: a link to a URL.
	ApplicationNameBookmark ApplicationName = "bookmark"
	// ApplicationNameSWA is a BrowserPluginApplication that the Okta browser plugin signs in to with a user
	// name and a password field.
	ApplicationNameSWA ApplicationName = "template_swa"
	// ApplicationNameSWA3Field is a BrowserPluginApplication that the Okta browser plugin signs in to with
	// three fields found by CSS selectors.
	ApplicationNameSWA3Field ApplicationName = "template_swa3field"
	// ApplicationNameOIDCClient is an OpenIDConnectApplication: an OAuth 2.0 client.
	ApplicationNameOIDCClient ApplicationName = "oidc_client"
	// ApplicationNameSecurePasswordStore is a SecurePasswordStoreApplication: Secure Web Authentication that
	// posts a sign-in form without the browser plugin.
	ApplicationNameSecurePasswordStore ApplicationName = "template_sps"
	// ApplicationNameWSFederation is a WSFederationApplication that receives SAML 2.0 tokens.
	ApplicationNameWSFederation ApplicationName = "template_wsfed"
)

// ApplicationLifecycleStatus is the lifecycle state of an application.
type ApplicationLifecycleStatus string

// ApplicationLifecycleStatus values.
const (
	ApplicationLifecycleStatusActive   ApplicationLifecycleStatus = "ACTIVE"
	ApplicationLifecycleStatusDeleted  ApplicationLifecycleStatus = "DELETED"
	ApplicationLifecycleStatusInactive ApplicationLifecycleStatus = "INACTIVE"
)

// ApplicationBase holds the members every kind of application has. Each application type embeds it; reach it
// through any Application with Base.
type ApplicationBase struct {
	ID string `json:"id,omitzero"`
	// ORN is the application's Okta Resource Name. It is not in the 5.1.0 API description; Okta sends it.
	ORN string `json:"orn,omitzero"`
	// Name is the key name of the application's definition: one of the ApplicationName constants for the
	// kinds Okta defines by template, the key of an application in the Okta Integration Network ("salesforce",
	// "okta_org2org", ...), or a key Okta generates for a custom SAML 2.0 or AUTO_LOGIN application.
	Name       ApplicationName       `json:"name,omitzero"`
	Label      string                `json:"label,omitzero"`
	SignOnMode ApplicationSignOnMode `json:"signOnMode,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status        ApplicationLifecycleStatus `json:"status,omitzero"`
	Created       time.Time                  `json:"created,omitzero"`
	LastUpdated   time.Time                  `json:"lastUpdated,omitzero"`
	Accessibility *ApplicationAccessibility  `json:"accessibility,omitzero"`
	Visibility    *ApplicationVisibility     `json:"visibility,omitzero"`
	// Features lists the provisioning features enabled for the application (PUSH_NEW_USERS, ...).
	Features  []ApplicationFeatureFlag `json:"features,omitzero"`
	Licensing *ApplicationLicensing    `json:"licensing,omitzero"`
	// Profile holds free-form application properties; read and write them with Get and Set.
	Profile Extra `json:"profile,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	// ExpressConfiguration says which Express Configuration capabilities (settings an admin sets up in one step)
	// an Okta Integration Network application supports and has enabled. Okta sets it; it cannot be updated.
	ExpressConfiguration *ApplicationExpressConfiguration `json:"expressConfiguration,omitzero"`
	// UniversalLogout holds the Universal Logout properties of the application: whether Okta can end the user's
	// sessions in it. Okta sets it; it cannot be updated.
	UniversalLogout *ApplicationUniversalLogout `json:"universalLogout,omitzero"`
}

// AssignedUser returns the assignment Okta embeds when the application was read with Expand set to
// "user/{userId}" (AppsService.Get and List), or nil when it was not asked for.
func (a *ApplicationBase) AssignedUser() (*AppUser, error) {
	return embedded[AppUser](a.Embedded, "user")
}

func (*ApplicationBase) isApplication() {}

// ApplicationExpressConfiguration says which Express Configuration capabilities an Okta Integration Network
// application supports and which of them are enabled.
type ApplicationExpressConfiguration struct {
	// EnabledCapabilities are the capabilities enabled for the application.
	EnabledCapabilities []ApplicationCapability `json:"enabledCapabilities,omitzero"`
	// SupportedCapabilities are the capabilities the application supports.
	SupportedCapabilities []ApplicationCapability `json:"supportedCapabilities,omitzero"`
	Extra                 Extra                   `json:"-"`
}

// ApplicationCapability is an Express Configuration capability of an application.
type ApplicationCapability string

// ApplicationCapability values.
const (
	// ApplicationCapabilitySSO is single sign-on.
	ApplicationCapabilitySSO ApplicationCapability = "SSO"
	// ApplicationCapabilityProvisioning is user provisioning.
	ApplicationCapabilityProvisioning ApplicationCapability = "PROVISIONING"
	// ApplicationCapabilityUniversalLogout is Universal Logout.
	ApplicationCapabilityUniversalLogout ApplicationCapability = "UNIVERSAL_LOGOUT"
)

// ApplicationUniversalLogout are the Universal Logout properties of an application: whether, and how, Okta
// signs a user out of it when the Okta system or an admin ends the user's sessions.
type ApplicationUniversalLogout struct {
	// IdentityStack says whether the application shares an identity stack with other applications of the same
	// company, so that signing out of it may sign the user out of those too.
	IdentityStack ApplicationUniversalLogoutIdentityStack `json:"identityStack,omitzero"`
	// Protocol is how the application implements Universal Logout.
	Protocol ApplicationUniversalLogoutProtocol `json:"protocol,omitzero"`
	// Status is whether Universal Logout is enabled for the application instance, or unsupported.
	Status ApplicationUniversalLogoutStatus `json:"status,omitzero"`
	// SupportType says whether the application supports Universal Logout fully or partially.
	SupportType ApplicationUniversalLogoutSupportType `json:"supportType,omitzero"`
	Extra       Extra                                 `json:"-"`
}

// ApplicationUniversalLogoutIdentityStack says whether an application shares an identity stack with other
// applications of the same company.
type ApplicationUniversalLogoutIdentityStack string

// ApplicationUniversalLogoutIdentityStack values.
const (
	// ApplicationUniversalLogoutIdentityStackShared means signing out of the application may sign the user out
	// of other applications of the same company.
	ApplicationUniversalLogoutIdentityStackShared ApplicationUniversalLogoutIdentityStack = "SHARED"
	// ApplicationUniversalLogoutIdentityStackNotShared means the application has an identity stack of its own.
	ApplicationUniversalLogoutIdentityStackNotShared ApplicationUniversalLogoutIdentityStack = "NOT_SHARED"
)

// ApplicationUniversalLogoutProtocol is how an application implements Universal Logout.
type ApplicationUniversalLogoutProtocol string

// ApplicationUniversalLogoutProtocol values.
const (
	// ApplicationUniversalLogoutProtocolProprietary is a method of the application's own.
	ApplicationUniversalLogoutProtocolProprietary ApplicationUniversalLogoutProtocol = "PROPRIETARY"
	// ApplicationUniversalLogoutProtocolGlobalTokenRevocation is the OAuth 2.0 Global Token Revocation protocol.
	ApplicationUniversalLogoutProtocolGlobalTokenRevocation ApplicationUniversalLogoutProtocol = "GLOBAL_TOKEN_REVOCATION"
)

// ApplicationUniversalLogoutStatus is the Universal Logout status of an application instance.
type ApplicationUniversalLogoutStatus string

// ApplicationUniversalLogoutStatus values.
const (
	// ApplicationUniversalLogoutStatusEnabled means users are signed out of the application when the Okta
	// system or an admin initiates logout.
	ApplicationUniversalLogoutStatusEnabled ApplicationUniversalLogoutStatus = "ENABLED"
	// ApplicationUniversalLogoutStatusDisabled means Universal Logout is disabled for the application.
	ApplicationUniversalLogoutStatusDisabled ApplicationUniversalLogoutStatus = "DISABLED"
	// ApplicationUniversalLogoutStatusUnsupported means the application does not support Universal Logout.
	ApplicationUniversalLogoutStatusUnsupported ApplicationUniversalLogoutStatus = "UNSUPPORTED"
)

// ApplicationUniversalLogoutSupportType says whether an application supports Universal Logout fully or
// partially.
type ApplicationUniversalLogoutSupportType string

// ApplicationUniversalLogoutSupportType values.
const (
	// ApplicationUniversalLogoutSupportTypeFull means users are signed out of the application when the Okta
	// system or an admin initiates logout.
	ApplicationUniversalLogoutSupportTypeFull ApplicationUniversalLogoutSupportType = "FULL"
	// ApplicationUniversalLogoutSupportTypePartial means the application's sign-out can differ from that of
	// other applications that support Universal Logout.
	ApplicationUniversalLogoutSupportTypePartial ApplicationUniversalLogoutSupportType = "PARTIAL"
)

// ApplicationAccessibility is how users reach an application from the End-User Dashboard.
type ApplicationAccessibility struct {
	ErrorRedirectURL string `json:"errorRedirectUrl,omitzero"`
	LoginRedirectURL string `json:"loginRedirectUrl,omitzero"`
	SelfService      *bool  `json:"selfService,omitzero"`
	Extra            Extra  `json:"-"`
}

// ApplicationVisibility is where an application's links appear.
type ApplicationVisibility struct {
	// AppLinks says, for each of the application's links, whether it is shown.
	AppLinks          map[string]bool            `json:"appLinks,omitzero"`
	AutoLaunch        *bool                      `json:"autoLaunch,omitzero"`
	AutoSubmitToolbar *bool                      `json:"autoSubmitToolbar,omitzero"`
	Hide              *ApplicationVisibilityHide `json:"hide,omitzero"`
	Extra             Extra                      `json:"-"`
}

// ApplicationVisibilityHide says where an application's links are hidden.
type ApplicationVisibilityHide struct {
	IOS   *bool `json:"iOS,omitzero"`
	Web   *bool `json:"web,omitzero"`
	Extra Extra `json:"-"`
}

// ApplicationLicensing is the licensing of an application.
type ApplicationLicensing struct {
	SeatCount *int  `json:"seatCount,omitzero"`
	Extra     Extra `json:"-"`
}

// AutoLoginApplication is an application with the AUTO_LOGIN sign-on mode: a custom Secure Web
// Authentication (SWA) application that signs users in with a login URL.
type AutoLoginApplication struct {
	ApplicationBase
	Credentials *SchemeApplicationCredentials `json:"credentials,omitzero"`
	Settings    *AutoLoginApplicationSettings `json:"settings,omitzero"`
	Extra       Extra                         `json:"-"`
}

// Base returns the members every kind of application has.
func (a *AutoLoginApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// BasicAuthApplication is an application with the BASIC_AUTH sign-on mode (Name ApplicationNameBasicAuth,
// "template_basic_auth").
type BasicAuthApplication struct {
	ApplicationBase
	Credentials *SchemeApplicationCredentials `json:"credentials,omitzero"`
	Settings    *BasicApplicationSettings     `json:"settings,omitzero"`
	Extra       Extra                         `json:"-"`
}

// Base returns the members every kind of application has.
func (a *BasicAuthApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// BookmarkApplication is an application with the BOOKMARK sign-on mode (Name ApplicationNameBookmark,
// "bookmark"): a link to a URL.
type BookmarkApplication struct {
	ApplicationBase
	Credentials *ApplicationCredentials      `json:"credentials,omitzero"`
	Settings    *BookmarkApplicationSettings `json:"settings,omitzero"`
	Extra       Extra                        `json:"-"`
}

// Base returns the members every kind of application has.
func (a *BookmarkApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// BrowserPluginApplication is an application with the BROWSER_PLUGIN sign-on mode: a Secure Web
// Authentication application that the Okta browser plugin signs in to: Name ApplicationNameSWA
// ("template_swa") or ApplicationNameSWA3Field ("template_swa3field"). Their settings differ;
// SwaApplicationSettingsApplication has the fields of both.
type BrowserPluginApplication struct {
	ApplicationBase
	Credentials *SchemeApplicationCredentials `json:"credentials,omitzero"`
	Settings    *SwaApplicationSettings       `json:"settings,omitzero"`
	Extra       Extra                         `json:"-"`
}

// Base returns the members every kind of application has.
func (a *BrowserPluginApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// OpenIDConnectApplication is an application with the OPENID_CONNECT sign-on mode (Name ApplicationNameOIDCClient,
// "oidc_client"): an OAuth 2.0 client.
type OpenIDConnectApplication struct {
	ApplicationBase
	Credentials *OAuthApplicationCredentials      `json:"credentials,omitzero"`
	Settings    *OpenIDConnectApplicationSettings `json:"settings,omitzero"`
	Extra       Extra                             `json:"-"`
}

// Base returns the members every kind of application has.
func (a *OpenIDConnectApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// SAMLApplication is an application with the SAML_2_0 or SAML_1_1 sign-on mode (the API describes both with
// this one schema; SignOnMode tells them apart).
type SAMLApplication struct {
	ApplicationBase
	Credentials *ApplicationCredentials  `json:"credentials,omitzero"`
	Settings    *SAMLApplicationSettings `json:"settings,omitzero"`
	Extra       Extra                    `json:"-"`
}

// Base returns the members every kind of application has.
func (a *SAMLApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// SecurePasswordStoreApplication is an application with the SECURE_PASSWORD_STORE sign-on mode (Name
// ApplicationNameSecurePasswordStore, "template_sps").
type SecurePasswordStoreApplication struct {
	ApplicationBase
	Credentials *SchemeApplicationCredentials           `json:"credentials,omitzero"`
	Settings    *SecurePasswordStoreApplicationSettings `json:"settings,omitzero"`
	Extra       Extra                                   `json:"-"`
}

// Base returns the members every kind of application has.
func (a *SecurePasswordStoreApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// WSFederationApplication is an application with the WS_FEDERATION sign-on mode (Name
// ApplicationNameWSFederation, "template_wsfed").
type WSFederationApplication struct {
	ApplicationBase
	Credentials *ApplicationCredentials          `json:"credentials,omitzero"`
	Settings    *WSFederationApplicationSettings `json:"settings,omitzero"`
	Extra       Extra                            `json:"-"`
}

// Base returns the members every kind of application has.
func (a *WSFederationApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// UnknownApplication is an application whose sign-on mode this SDK does not know. Its credentials and
// settings have the members every application's have; the rest stay in their Extra and in the application's.
type UnknownApplication struct {
	ApplicationBase
	Credentials *ApplicationCredentials `json:"credentials,omitzero"`
	Settings    *ApplicationSettings    `json:"settings,omitzero"`
	Extra       Extra                   `json:"-"`
}

// Base returns the members every kind of application has.
func (a *UnknownApplication) Base() *ApplicationBase { return &a.ApplicationBase }

// ApplicationCredentials are the credentials every kind of application has.
type ApplicationCredentials struct {
	Signing          *ApplicationCredentialsSigning          `json:"signing,omitzero"`
	UserNameTemplate *ApplicationCredentialsUsernameTemplate `json:"userNameTemplate,omitzero"`
	Extra            Extra                                   `json:"-"`
}

// SchemeApplicationCredentials are the credentials of applications that sign users in with a user name and
// password (SWA, basic authentication, secure password store).
type SchemeApplicationCredentials struct {
	Signing          *ApplicationCredentialsSigning          `json:"signing,omitzero"`
	UserNameTemplate *ApplicationCredentialsUsernameTemplate `json:"userNameTemplate,omitzero"`
	// Password is the shared password, with Scheme SHARED_USERNAME_AND_PASSWORD (never returned).
	Password       *PasswordCredential          `json:"password,omitzero"`
	RevealPassword *bool                        `json:"revealPassword,omitzero"`
	Scheme         ApplicationCredentialsScheme `json:"scheme,omitzero"`
	// UserName is the shared user name, with Scheme SHARED_USERNAME_AND_PASSWORD.
	UserName string `json:"userName,omitzero"`
	Extra    Extra  `json:"-"`
}

// OAuthApplicationCredentials are the credentials of an OpenID Connect application.
type OAuthApplicationCredentials struct {
	Signing          *ApplicationCredentialsSigning          `json:"signing,omitzero"`
	UserNameTemplate *ApplicationCredentialsUsernameTemplate `json:"userNameTemplate,omitzero"`
	OAuthClient      *ApplicationCredentialsOAuthClient      `json:"oauthClient,omitzero"`
	Extra            Extra                                   `json:"-"`
}

// ApplicationCredentialsScheme says who sets the user name and password an application signs in with.
type ApplicationCredentialsScheme string

// ApplicationCredentialsScheme values.
const (
	ApplicationCredentialsSchemeAdminSetsCredentials      ApplicationCredentialsScheme = "ADMIN_SETS_CREDENTIALS"
	ApplicationCredentialsSchemeEditPasswordOnly          ApplicationCredentialsScheme = "EDIT_PASSWORD_ONLY"
	ApplicationCredentialsSchemeEditUsernameAndPassword   ApplicationCredentialsScheme = "EDIT_USERNAME_AND_PASSWORD"
	ApplicationCredentialsSchemeExternalPasswordSync      ApplicationCredentialsScheme = "EXTERNAL_PASSWORD_SYNC"
	ApplicationCredentialsSchemeSharedUsernameAndPassword ApplicationCredentialsScheme = "SHARED_USERNAME_AND_PASSWORD"
)

// ApplicationCredentialsSigning names the key an application signs with (SAML assertions, WS-Federation
// tokens) and how it is rotated.
type ApplicationCredentialsSigning struct {
	Kid          string                           `json:"kid,omitzero"`
	LastRotated  time.Time                        `json:"lastRotated,omitzero"`
	NextRotation time.Time                        `json:"nextRotation,omitzero"`
	RotationMode string                           `json:"rotationMode,omitzero"`
	Use          ApplicationCredentialsSigningUse `json:"use,omitzero"`
	Extra        Extra                            `json:"-"`
}

// ApplicationCredentialsSigningUse is what a signing key is for.
type ApplicationCredentialsSigningUse string

// ApplicationCredentialsSigningUse values.
const (
	ApplicationCredentialsSigningUseSig ApplicationCredentialsSigningUse = "sig"
)

// ApplicationCredentialsUsernameTemplate is how Okta makes the user name an application sees, e.g. the
// template "${source.login}" of type BUILT_IN.
type ApplicationCredentialsUsernameTemplate struct {
	PushStatus UsernameTemplatePushStatus `json:"pushStatus,omitzero"`
	Template   string                     `json:"template,omitzero"`
	Type       UsernameTemplateType       `json:"type,omitzero"`
	UserSuffix string                     `json:"userSuffix,omitzero"`
	Extra      Extra                      `json:"-"`
}

// ApplicationCredentialsOAuthClient is the OAuth 2.0 client of an OpenID Connect application.
type ApplicationCredentialsOAuthClient struct {
	AutoKeyRotation *bool  `json:"autoKeyRotation,omitzero"`
	ClientID        string `json:"client_id,omitzero"`
	ClientSecret    string `json:"client_secret,omitzero"`
	// PKCERequired says whether the client must use PKCE. It is not in the 5.1.0 API description; Okta sends
	// and accepts it.
	PKCERequired            *bool                             `json:"pkce_required,omitzero"`
	TokenEndpointAuthMethod OAuthEndpointAuthenticationMethod `json:"token_endpoint_auth_method,omitzero"`
	Extra                   Extra                             `json:"-"`
}

// OAuthEndpointAuthenticationMethod is how an OAuth 2.0 client authenticates at the token endpoint.
type OAuthEndpointAuthenticationMethod string

// OAuthEndpointAuthenticationMethod values.
const (
	OAuthEndpointAuthenticationMethodClientSecretBasic OAuthEndpointAuthenticationMethod = "client_secret_basic"
	OAuthEndpointAuthenticationMethodClientSecretJWT   OAuthEndpointAuthenticationMethod = "client_secret_jwt"
	OAuthEndpointAuthenticationMethodClientSecretPost  OAuthEndpointAuthenticationMethod = "client_secret_post"
	OAuthEndpointAuthenticationMethodNone              OAuthEndpointAuthenticationMethod = "none"
	OAuthEndpointAuthenticationMethodPrivateKeyJWT     OAuthEndpointAuthenticationMethod = "private_key_jwt"
)

// ApplicationSettings are the settings every kind of application has.
type ApplicationSettings struct {
	IdentityStoreID    string                            `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                             `json:"implicitAssignment,omitzero"`
	InlineHookID       string                            `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes         `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications `json:"notifications,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// ApplicationSettingsNotes are an application's notes for administrators and end users.
type ApplicationSettingsNotes struct {
	Admin   string `json:"admin,omitzero"`
	Enduser string `json:"enduser,omitzero"`
	Extra   Extra  `json:"-"`
}

// ApplicationSettingsNotifications are the notifications of an application.
type ApplicationSettingsNotifications struct {
	Vpn   *ApplicationSettingsNotificationsVpn `json:"vpn,omitzero"`
	Extra Extra                                `json:"-"`
}

// ApplicationSettingsNotificationsVpn is the message users see when an application requires a VPN.
type ApplicationSettingsNotificationsVpn struct {
	HelpURL string                                      `json:"helpUrl,omitzero"`
	Message string                                      `json:"message,omitzero"`
	Network *ApplicationSettingsNotificationsVpnNetwork `json:"network,omitzero"`
	Extra   Extra                                       `json:"-"`
}

// ApplicationSettingsNotificationsVpnNetwork says from which network zones an application requires a VPN.
type ApplicationSettingsNotificationsVpnNetwork struct {
	// Connection is where the VPN notification applies.
	Connection VPNNetworkConnection `json:"connection,omitzero"`
	Exclude    []string             `json:"exclude,omitzero"`
	Include    []string             `json:"include,omitzero"`
	Extra      Extra                `json:"-"`
}

// AutoLoginApplicationSettings are the settings of an AutoLoginApplication.
type AutoLoginApplicationSettings struct {
	IdentityStoreID    string                              `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                               `json:"implicitAssignment,omitzero"`
	InlineHookID       string                              `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes           `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications   `json:"notifications,omitzero"`
	SignOn             *AutoLoginApplicationSettingsSignOn `json:"signOn,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// AutoLoginApplicationSettingsSignOn are the sign-on URLs of an AutoLoginApplication.
type AutoLoginApplicationSettingsSignOn struct {
	LoginURL    string `json:"loginUrl,omitzero"`
	RedirectURL string `json:"redirectUrl,omitzero"`
	Extra       Extra  `json:"-"`
}

// BasicApplicationSettings are the settings of a BasicAuthApplication.
type BasicApplicationSettings struct {
	IdentityStoreID    string                               `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                                `json:"implicitAssignment,omitzero"`
	InlineHookID       string                               `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes            `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications    `json:"notifications,omitzero"`
	App                *BasicApplicationSettingsApplication `json:"app,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// BasicApplicationSettingsApplication are the URLs of a BasicAuthApplication.
type BasicApplicationSettingsApplication struct {
	// AuthURL is the URL of the page that asks for basic authentication.
	AuthURL string `json:"authURL,omitzero"`
	URL     string `json:"url,omitzero"`
	Extra   Extra  `json:"-"`
}

// BookmarkApplicationSettings are the settings of a BookmarkApplication.
type BookmarkApplicationSettings struct {
	IdentityStoreID    string                                  `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                                   `json:"implicitAssignment,omitzero"`
	InlineHookID       string                                  `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes               `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications       `json:"notifications,omitzero"`
	App                *BookmarkApplicationSettingsApplication `json:"app,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// BookmarkApplicationSettingsApplication is the link of a BookmarkApplication.
type BookmarkApplicationSettingsApplication struct {
	RequestIntegration *bool  `json:"requestIntegration,omitzero"`
	URL                string `json:"url,omitzero"`
	Extra              Extra  `json:"-"`
}

// SwaApplicationSettings are the settings of a BrowserPluginApplication.
type SwaApplicationSettings struct {
	IdentityStoreID    string                             `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                              `json:"implicitAssignment,omitzero"`
	InlineHookID       string                             `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes          `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications  `json:"notifications,omitzero"`
	App                *SwaApplicationSettingsApplication `json:"app,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// SwaApplicationSettingsApplication is how the browser plugin finds and fills an application's sign-in form.
// A "template_swa" application uses URL and the ...Field members; a "template_swa3field" application uses
// TargetURL, LoginURLRegex and the ...Selector members.
type SwaApplicationSettingsApplication struct {
	ButtonField        string `json:"buttonField,omitzero"`
	ButtonSelector     string `json:"buttonSelector,omitzero"`
	Checkbox           string `json:"checkbox,omitzero"`
	ExtraFieldSelector string `json:"extraFieldSelector,omitzero"`
	ExtraFieldValue    string `json:"extraFieldValue,omitzero"`
	LoginURLRegex      string `json:"loginUrlRegex,omitzero"`
	PasswordField      string `json:"passwordField,omitzero"`
	PasswordSelector   string `json:"passwordSelector,omitzero"`
	RedirectURL        string `json:"redirectUrl,omitzero"`
	TargetURL          string `json:"targetURL,omitzero"`
	URL                string `json:"url,omitzero"`
	UsernameField      string `json:"usernameField,omitzero"`
	UserNameSelector   string `json:"userNameSelector,omitzero"`
	Extra              Extra  `json:"-"`
}

// OpenIDConnectApplicationSettings are the settings of an OpenIDConnectApplication.
type OpenIDConnectApplicationSettings struct {
	IdentityStoreID    string                                  `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                                   `json:"implicitAssignment,omitzero"`
	InlineHookID       string                                  `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes               `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications       `json:"notifications,omitzero"`
	OAuthClient        *OpenIDConnectApplicationSettingsClient `json:"oauthClient,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// OpenIDConnectApplicationSettingsClient is the OAuth 2.0 client registration of an OpenIDConnectApplication.
type OpenIDConnectApplicationSettingsClient struct {
	ApplicationType                   OpenIDConnectApplicationType                  `json:"application_type,omitzero"`
	ClientURI                         string                                        `json:"client_uri,omitzero"`
	ConsentMethod                     OpenIDConnectApplicationConsentMethod         `json:"consent_method,omitzero"`
	DPoPBoundAccessTokens             *bool                                         `json:"dpop_bound_access_tokens,omitzero"`
	FrontchannelLogoutSessionRequired *bool                                         `json:"frontchannel_logout_session_required,omitzero"`
	FrontchannelLogoutURI             string                                        `json:"frontchannel_logout_uri,omitzero"`
	GrantTypes                        []OAuthGrantType                              `json:"grant_types,omitzero"`
	IdPInitiatedLogin                 *OpenIDConnectApplicationIdPInitiatedLogin    `json:"idp_initiated_login,omitzero"`
	InitiateLoginURI                  string                                        `json:"initiate_login_uri,omitzero"`
	IssuerMode                        OpenIDConnectApplicationIssuerMode            `json:"issuer_mode,omitzero"`
	JWKS                              *OpenIDConnectApplicationSettingsClientKeys   `json:"jwks,omitzero"`
	JWKSURI                           string                                        `json:"jwks_uri,omitzero"`
	LogoURI                           string                                        `json:"logo_uri,omitzero"`
	ParticipateSLO                    *bool                                         `json:"participate_slo,omitzero"`
	PolicyURI                         string                                        `json:"policy_uri,omitzero"`
	PostLogoutRedirectURIs            []string                                      `json:"post_logout_redirect_uris,omitzero"`
	RedirectURIs                      []string                                      `json:"redirect_uris,omitzero"`
	RefreshToken                      *OpenIDConnectApplicationSettingsRefreshToken `json:"refresh_token,omitzero"`
	ResponseTypes                     []OAuthResponseType                           `json:"response_types,omitzero"`
	TosURI                            string                                        `json:"tos_uri,omitzero"`
	WildcardRedirect                  WildcardRedirect                              `json:"wildcard_redirect,omitzero"`
	// BackchannelAuthenticationRequestSigningAlg is the algorithm that signs the CIBA authentication requests of the client.
	BackchannelAuthenticationRequestSigningAlg JWSAlgorithm `json:"backchannel_authentication_request_signing_alg,omitzero"`
	// BackchannelCustomAuthenticatorID is the ID of the custom authenticator that approves the client's CIBA requests.
	BackchannelCustomAuthenticatorID string `json:"backchannel_custom_authenticator_id,omitzero"`
	// BackchannelTokenDeliveryMode is how the client receives tokens for CIBA requests, such as "poll".
	BackchannelTokenDeliveryMode CIBATokenDeliveryMode `json:"backchannel_token_delivery_mode,omitzero"`
	// IDTokenEncryptedResponseAlg is the algorithm that encrypts the ID tokens issued to the client; none when empty.
	IDTokenEncryptedResponseAlg JWEKeyEncryptionAlgorithm `json:"id_token_encrypted_response_alg,omitzero"`
	// Network restricts the network zones from which the client may request tokens: ANYWHERE, or ZONE to allow
	// only the zones of Include (IDs, or "ALL_IP_ZONES") and not those of Exclude.
	Network *PolicyNetworkCondition `json:"network,omitzero"`
	// RequestObjectSigningAlg are the algorithms the client may sign request objects with.
	RequestObjectSigningAlg []JWSAlgorithm `json:"request_object_signing_alg,omitzero"`
	// SectorIdentifierURI is the URL of the list of redirect URIs Okta uses to compute pairwise subject identifiers.
	SectorIdentifierURI string `json:"sector_identifier_uri,omitzero"`
	// SubjectType is SubjectTypePublic or SubjectTypePairwise: whether every client sees the same subject for a user.
	SubjectType SubjectType `json:"subject_type,omitzero"`
	Extra       Extra       `json:"-"`
}

// OpenIDConnectApplicationSettingsClientKeys are the public keys of an OAuth 2.0 client that authenticates
// with private_key_jwt.
type OpenIDConnectApplicationSettingsClientKeys struct {
	Keys  []JSONWebKey `json:"keys,omitzero"`
	Extra Extra        `json:"-"`
}

// OpenIDConnectApplicationSettingsRefreshToken is how an OAuth 2.0 client's refresh tokens are rotated.
type OpenIDConnectApplicationSettingsRefreshToken struct {
	// Leeway is how many seconds a rotated refresh token stays valid.
	Leeway       *int                                  `json:"leeway,omitzero"`
	RotationType OpenIDConnectRefreshTokenRotationType `json:"rotation_type,omitzero"`
	Extra        Extra                                 `json:"-"`
}

// OpenIDConnectApplicationIdPInitiatedLogin is how an OpenID Connect application handles sign-in started at
// Okta.
type OpenIDConnectApplicationIdPInitiatedLogin struct {
	DefaultScope []string `json:"default_scope,omitzero"`
	// Mode is DISABLED, SPEC or OKTA.
	Mode  IdPInitiatedLoginMode `json:"mode,omitzero"`
	Extra Extra                 `json:"-"`
}

// OpenIDConnectApplicationType is the kind of OAuth 2.0 client.
type OpenIDConnectApplicationType string

// OpenIDConnectApplicationType values.
const (
	OpenIDConnectApplicationTypeBrowser OpenIDConnectApplicationType = "browser"
	OpenIDConnectApplicationTypeNative  OpenIDConnectApplicationType = "native"
	OpenIDConnectApplicationTypeService OpenIDConnectApplicationType = "service"
	OpenIDConnectApplicationTypeWeb     OpenIDConnectApplicationType = "web"
)

// OpenIDConnectApplicationConsentMethod says whether users must consent to an application's scopes.
type OpenIDConnectApplicationConsentMethod string

// OpenIDConnectApplicationConsentMethod values.
const (
	OpenIDConnectApplicationConsentMethodRequired OpenIDConnectApplicationConsentMethod = "REQUIRED"
	OpenIDConnectApplicationConsentMethodTrusted  OpenIDConnectApplicationConsentMethod = "TRUSTED"
)

// OpenIDConnectApplicationIssuerMode is which issuer an OpenID Connect application's tokens name.
type OpenIDConnectApplicationIssuerMode string

// OpenIDConnectApplicationIssuerMode values.
const (
	OpenIDConnectApplicationIssuerModeCustomURL OpenIDConnectApplicationIssuerMode = "CUSTOM_URL"
	OpenIDConnectApplicationIssuerModeDynamic   OpenIDConnectApplicationIssuerMode = "DYNAMIC"
	OpenIDConnectApplicationIssuerModeOrgURL    OpenIDConnectApplicationIssuerMode = "ORG_URL"
)

// OpenIDConnectRefreshTokenRotationType says whether refresh tokens are rotated.
type OpenIDConnectRefreshTokenRotationType string

// OpenIDConnectRefreshTokenRotationType values.
const (
	OpenIDConnectRefreshTokenRotationTypeRotate OpenIDConnectRefreshTokenRotationType = "ROTATE"
	OpenIDConnectRefreshTokenRotationTypeStatic OpenIDConnectRefreshTokenRotationType = "STATIC"
)

// OAuthGrantType is an OAuth 2.0 grant type.
type OAuthGrantType string

// OAuthGrantType values.
const (
	OAuthGrantTypeAuthorizationCode OAuthGrantType = "authorization_code"
	OAuthGrantTypeClientCredentials OAuthGrantType = "client_credentials"
	OAuthGrantTypeImplicit          OAuthGrantType = "implicit"
	OAuthGrantTypeInteractionCode   OAuthGrantType = "interaction_code"
	OAuthGrantTypePassword          OAuthGrantType = "password"
	OAuthGrantTypeRefreshToken      OAuthGrantType = "refresh_token"
	OAuthGrantTypeDeviceCode        OAuthGrantType = "urn:ietf:params:oauth:grant-type:device_code"
	OAuthGrantTypeJWTBearer         OAuthGrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer"
	OAuthGrantTypeSAML2Bearer       OAuthGrantType = "urn:ietf:params:oauth:grant-type:saml2-bearer"
	OAuthGrantTypeTokenExchange     OAuthGrantType = "urn:ietf:params:oauth:grant-type:token-exchange"
	// OAuthGrantTypeCIBA is Client-Initiated Backchannel Authentication (OpenID Connect CIBA).
	OAuthGrantTypeCIBA OAuthGrantType = "urn:openid:params:grant-type:ciba"
	// OAuthGrantTypeOTP is Okta's direct authentication with a one-time passcode.
	OAuthGrantTypeOTP OAuthGrantType = "urn:okta:params:oauth:grant-type:otp"
	// OAuthGrantTypeOOB is Okta's direct authentication with an out-of-band challenge (a push, an SMS or voice
	// call).
	OAuthGrantTypeOOB OAuthGrantType = "urn:okta:params:oauth:grant-type:oob"
	// OAuthGrantTypeMFAOTP is direct authentication's second factor, a one-time passcode, after a primary grant
	// answered mfa_required.
	OAuthGrantTypeMFAOTP OAuthGrantType = "http://auth0.com/oauth/grant-type/mfa-otp"
	// OAuthGrantTypeMFAOOB is direct authentication's second factor, an out-of-band challenge, after a primary
	// grant answered mfa_required.
	OAuthGrantTypeMFAOOB OAuthGrantType = "http://auth0.com/oauth/grant-type/mfa-oob"
)

// OAuthResponseType is an OAuth 2.0 response type.
type OAuthResponseType string

// OAuthResponseType values.
const (
	OAuthResponseTypeCode    OAuthResponseType = "code"
	OAuthResponseTypeIDToken OAuthResponseType = "id_token"
	OAuthResponseTypeToken   OAuthResponseType = "token"
)

// SAMLApplicationSettings are the settings of a SAMLApplication.
type SAMLApplicationSettings struct {
	IdentityStoreID    string                              `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                               `json:"implicitAssignment,omitzero"`
	InlineHookID       string                              `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes           `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications   `json:"notifications,omitzero"`
	App                *SAMLApplicationSettingsApplication `json:"app,omitzero"`
	SignOn             *SAMLApplicationSettingsSignOn      `json:"signOn,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// SAMLApplicationSettingsApplication are the settings of a SAML application's template. Templates in the
// Okta Integration Network define their own (a subdomain, say); those are in Extra.
type SAMLApplicationSettingsApplication struct {
	ACSURL         string `json:"acsUrl,omitzero"`
	AudRestriction string `json:"audRestriction,omitzero"`
	BaseURL        string `json:"baseUrl,omitzero"`
	Extra          Extra  `json:"-"`
}

// SAMLApplicationSettingsSignOn is how a custom SAML application signs users in.
type SAMLApplicationSettingsSignOn struct {
	ACSEndpoints                  []ACSEndpoint            `json:"acsEndpoints,omitzero"`
	AllowMultipleACSEndpoints     *bool                    `json:"allowMultipleAcsEndpoints,omitzero"`
	AssertionSigned               *bool                    `json:"assertionSigned,omitzero"`
	AttributeStatements           []SAMLAttributeStatement `json:"attributeStatements,omitzero"`
	Audience                      string                   `json:"audience,omitzero"`
	AudienceOverride              string                   `json:"audienceOverride,omitzero"`
	AuthnContextClassRef          SAMLAuthnContextClassRef `json:"authnContextClassRef,omitzero"`
	ConfiguredAttributeStatements []SAMLAttributeStatement `json:"configuredAttributeStatements,omitzero"`
	DefaultRelayState             string                   `json:"defaultRelayState,omitzero"`
	Destination                   string                   `json:"destination,omitzero"`
	DestinationOverride           string                   `json:"destinationOverride,omitzero"`
	DigestAlgorithm               SAMLDigestAlgorithm      `json:"digestAlgorithm,omitzero"`
	HonorForceAuthn               *bool                    `json:"honorForceAuthn,omitzero"`
	IdPIssuer                     string                   `json:"idpIssuer,omitzero"`
	InlineHooks                   []SignOnInlineHook       `json:"inlineHooks,omitzero"`
	ParticipateSlo                *SloParticipate          `json:"participateSlo,omitzero"`
	Recipient                     string                   `json:"recipient,omitzero"`
	RecipientOverride             string                   `json:"recipientOverride,omitzero"`
	RequestCompressed             *bool                    `json:"requestCompressed,omitzero"`
	ResponseSigned                *bool                    `json:"responseSigned,omitzero"`
	SignatureAlgorithm            SAMLSignatureAlgorithm   `json:"signatureAlgorithm,omitzero"`
	Slo                           *SingleLogout            `json:"slo,omitzero"`
	SpCertificate                 *SpCertificate           `json:"spCertificate,omitzero"`
	SpIssuer                      string                   `json:"spIssuer,omitzero"`
	SSOACSURL                     string                   `json:"ssoAcsUrl,omitzero"`
	SSOACSURLOverride             string                   `json:"ssoAcsUrlOverride,omitzero"`
	SubjectNameIDFormat           SAMLNameIDFormat         `json:"subjectNameIdFormat,omitzero"`
	SubjectNameIDTemplate         string                   `json:"subjectNameIdTemplate,omitzero"`
	// AssertionEncryption says whether, and how, Okta encrypts the assertions it sends to the application.
	AssertionEncryption *SAMLAssertionEncryption `json:"assertionEncryption,omitzero"`
	// SAMLAssertionLifetimeSeconds is how long, in seconds, an assertion the application receives stays valid.
	SAMLAssertionLifetimeSeconds int   `json:"samlAssertionLifetimeSeconds,omitzero"`
	Extra                        Extra `json:"-"`
}

// SAMLAssertionEncryption says whether, and how, Okta encrypts the SAML assertions it sends to an application
// (the service provider).
type SAMLAssertionEncryption struct {
	// Enabled says whether Okta encrypts the assertions.
	Enabled *bool `json:"enabled,omitzero"`
	// EncryptionAlgorithm is the algorithm that encrypts the assertion.
	EncryptionAlgorithm SAMLEncryptionAlgorithm `json:"encryptionAlgorithm,omitzero"`
	// KeyTransportAlgorithm is the algorithm that encrypts the assertion's encryption key.
	KeyTransportAlgorithm SAMLKeyTransportAlgorithm `json:"keyTransportAlgorithm,omitzero"`
	// X5C holds exactly one certificate, base64-encoded DER: the application's, whose key Okta encrypts with.
	X5C   []string `json:"x5c,omitzero"`
	Extra Extra    `json:"-"`
}

// SAMLEncryptionAlgorithm is the algorithm that encrypts a SAML assertion.
type SAMLEncryptionAlgorithm string

// SAMLEncryptionAlgorithm values.
const (
	// SAMLEncryptionAlgorithmAES128CBC is AES-128 in CBC mode.
	SAMLEncryptionAlgorithmAES128CBC SAMLEncryptionAlgorithm = "AES128_CBC"
	// SAMLEncryptionAlgorithmAES256CBC is AES-256 in CBC mode.
	SAMLEncryptionAlgorithmAES256CBC SAMLEncryptionAlgorithm = "AES256_CBC"
	// SAMLEncryptionAlgorithmAES256GCM is AES-256 in GCM mode.
	SAMLEncryptionAlgorithmAES256GCM SAMLEncryptionAlgorithm = "AES256_GCM"
)

// SAMLKeyTransportAlgorithm is the algorithm that encrypts the key of an encrypted SAML assertion.
type SAMLKeyTransportAlgorithm string

// SAMLKeyTransportAlgorithm values.
const (
	// SAMLKeyTransportAlgorithmRSAOAEP is RSA-OAEP.
	SAMLKeyTransportAlgorithmRSAOAEP SAMLKeyTransportAlgorithm = "RSA_OAEP"
	// SAMLKeyTransportAlgorithmRSA15 is RSA PKCS #1 v1.5.
	SAMLKeyTransportAlgorithmRSA15 SAMLKeyTransportAlgorithm = "RSA_15"
)

// ACSEndpoint is one of a SAML application's assertion consumer service URLs.
type ACSEndpoint struct {
	Index *int   `json:"index,omitzero"`
	URL   string `json:"url,omitzero"`
	Extra Extra  `json:"-"`
}

// SAMLAttributeStatement is an attribute a SAML application's assertions carry. Its Type says which kind it
// is, and which members it uses:
//
//	EXPRESSION  Name, Namespace and Values: the attribute's values are Okta Expression Language expressions
//	GROUP       Name, Namespace, FilterType and FilterValue: the attribute lists the user's groups that match
type SAMLAttributeStatement struct {
	// FilterType is how a GROUP statement matches group names against FilterValue.
	FilterType SAMLGroupFilterType `json:"filterType,omitzero"`
	// FilterValue is what a GROUP statement matches group names against.
	FilterValue string `json:"filterValue,omitzero"`
	// Name is the attribute's name in the application; it is unique among the application's statements.
	Name string `json:"name,omitzero"`
	// Namespace is the attribute's name format.
	Namespace SAMLAttributeNameFormat `json:"namespace,omitzero"`
	// Type is SAMLAttributeStatementTypeExpression or SAMLAttributeStatementTypeGroup.
	Type SAMLAttributeStatementType `json:"type,omitzero"`
	// Values are the Okta Expression Language expressions of an EXPRESSION statement's values.
	Values []string `json:"values,omitzero"`
	Extra  Extra    `json:"-"`
}

// SAMLAttributeStatementType is the kind of a SAMLAttributeStatement.
type SAMLAttributeStatementType string

// SAMLAttributeStatementType values. Okta may send others; they decode as they are.
const (
	// SAMLAttributeStatementTypeExpression is an attribute whose values are expressions.
	SAMLAttributeStatementTypeExpression SAMLAttributeStatementType = "EXPRESSION"
	// SAMLAttributeStatementTypeGroup is an attribute that lists the user's groups matching a filter.
	SAMLAttributeStatementTypeGroup SAMLAttributeStatementType = "GROUP"
)

// SAMLAttributeNameFormat is the name format of a SAML attribute.
type SAMLAttributeNameFormat string

// SAMLAttributeNameFormat values. Okta may send others; they decode as they are.
const (
	SAMLAttributeNameFormatBasic       SAMLAttributeNameFormat = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"
	SAMLAttributeNameFormatURI         SAMLAttributeNameFormat = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
	SAMLAttributeNameFormatUnspecified SAMLAttributeNameFormat = "urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified"
)

// SAMLGroupFilterType is how a GROUP SAMLAttributeStatement matches group names against its FilterValue.
type SAMLGroupFilterType string

// SAMLGroupFilterType values. Okta may send others; they decode as they are.
const (
	SAMLGroupFilterTypeStartsWith SAMLGroupFilterType = "STARTS_WITH"
	SAMLGroupFilterTypeEquals     SAMLGroupFilterType = "EQUALS"
	SAMLGroupFilterTypeContains   SAMLGroupFilterType = "CONTAINS"
	SAMLGroupFilterTypeRegex      SAMLGroupFilterType = "REGEX"
)

// SignOnInlineHook names the SAML assertion inline hook of a SAML application.
type SignOnInlineHook struct {
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// SloParticipate is how a SAML application takes part in single logout started elsewhere.
type SloParticipate struct {
	// BindingType is how Okta sends the logout request: SAMLBindingTypePost or SAMLBindingTypeRedirect.
	BindingType          SAMLBindingType `json:"bindingType,omitzero"`
	Enabled              *bool           `json:"enabled,omitzero"`
	LogoutRequestURL     string          `json:"logoutRequestUrl,omitzero"`
	SessionIndexRequired *bool           `json:"sessionIndexRequired,omitzero"`
	Extra                Extra           `json:"-"`
}

// SAMLBindingType is the SAML binding a message is sent with.
type SAMLBindingType string

// SAMLBindingType values. Okta may send others; they decode as they are.
const (
	// SAMLBindingTypePost sends the message in an HTML form posted by the browser.
	SAMLBindingTypePost SAMLBindingType = "POST"
	// SAMLBindingTypeRedirect sends the message in the query of a redirect.
	SAMLBindingTypeRedirect SAMLBindingType = "REDIRECT"
)

// SingleLogout is a SAML application's single logout settings.
type SingleLogout struct {
	Enabled   *bool  `json:"enabled,omitzero"`
	Issuer    string `json:"issuer,omitzero"`
	LogoutURL string `json:"logoutUrl,omitzero"`
	Extra     Extra  `json:"-"`
}

// SpCertificate is the certificate a SAML service provider signs logout requests with.
type SpCertificate struct {
	X5C   []string `json:"x5c,omitzero"`
	Extra Extra    `json:"-"`
}

// SecurePasswordStoreApplicationSettings are the settings of a SecurePasswordStoreApplication.
type SecurePasswordStoreApplicationSettings struct {
	IdentityStoreID    string                                             `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                                              `json:"implicitAssignment,omitzero"`
	InlineHookID       string                                             `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes                          `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications                  `json:"notifications,omitzero"`
	App                *SecurePasswordStoreApplicationSettingsApplication `json:"app,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// SecurePasswordStoreApplicationSettingsApplication is the sign-in form of a SecurePasswordStoreApplication.
type SecurePasswordStoreApplicationSettingsApplication struct {
	OptionalField1      string `json:"optionalField1,omitzero"`
	OptionalField1Value string `json:"optionalField1Value,omitzero"`
	OptionalField2      string `json:"optionalField2,omitzero"`
	OptionalField2Value string `json:"optionalField2Value,omitzero"`
	OptionalField3      string `json:"optionalField3,omitzero"`
	OptionalField3Value string `json:"optionalField3Value,omitzero"`
	PasswordField       string `json:"passwordField,omitzero"`
	URL                 string `json:"url,omitzero"`
	UsernameField       string `json:"usernameField,omitzero"`
	Extra               Extra  `json:"-"`
}

// WSFederationApplicationSettings are the settings of a WSFederationApplication.
type WSFederationApplicationSettings struct {
	IdentityStoreID    string                                      `json:"identityStoreId,omitzero"`
	ImplicitAssignment *bool                                       `json:"implicitAssignment,omitzero"`
	InlineHookID       string                                      `json:"inlineHookId,omitzero"`
	Notes              *ApplicationSettingsNotes                   `json:"notes,omitzero"`
	Notifications      *ApplicationSettingsNotifications           `json:"notifications,omitzero"`
	App                *WSFederationApplicationSettingsApplication `json:"app,omitzero"`
	// EMOptInStatus says whether the application takes part in Okta's entitlement management (an Identity Governance setting).
	EMOptInStatus EMOptInStatus `json:"emOptInStatus,omitzero"`
	Extra         Extra         `json:"-"`
}

// WSFederationApplicationSettingsApplication is the WS-Federation configuration of a WSFederationApplication.
type WSFederationApplicationSettingsApplication struct {
	AttributeStatements  string                        `json:"attributeStatements,omitzero"`
	AudienceRestriction  string                        `json:"audienceRestriction,omitzero"`
	AuthnContextClassRef string                        `json:"authnContextClassRef,omitzero"`
	GroupFilter          string                        `json:"groupFilter,omitzero"`
	GroupName            string                        `json:"groupName,omitzero"`
	GroupValueFormat     WSFederationGroupValueFormat  `json:"groupValueFormat,omitzero"`
	NameIDFormat         string                        `json:"nameIDFormat,omitzero"`
	Realm                string                        `json:"realm,omitzero"`
	SiteURL              string                        `json:"siteURL,omitzero"`
	UsernameAttribute    WSFederationUsernameAttribute `json:"usernameAttribute,omitzero"`
	WReplyOverride       *bool                         `json:"wReplyOverride,omitzero"`
	WReplyURL            string                        `json:"wReplyURL,omitzero"`
	Extra                Extra                         `json:"-"`
}

// ApplicationFeatureFlag is a feature enabled for an application, such as PUSH_NEW_USERS. It differs from ApplicationFeatureName, which names the feature resources of AppsService.ListFeatures.
type ApplicationFeatureFlag string

// ApplicationFeatureFlag values. Okta may send others; they decode as they are.
const (
	ApplicationFeatureFlagAuthnContext                       ApplicationFeatureFlag = "AUTHN_CONTEXT"
	ApplicationFeatureFlagDefaultPushStatusToPush            ApplicationFeatureFlag = "DEFAULT_PUSH_STATUS_TO_PUSH"
	ApplicationFeatureFlagDesktopSSO                         ApplicationFeatureFlag = "DESKTOP_SSO"
	ApplicationFeatureFlagDeviceCompliance                   ApplicationFeatureFlag = "DEVICE_COMPLIANCE"
	ApplicationFeatureFlagDeviceFilterInSignOnRules          ApplicationFeatureFlag = "DEVICE_FILTER_IN_SIGN_ON_RULES"
	ApplicationFeatureFlagEntitlementManagement              ApplicationFeatureFlag = "ENTITLEMENT_MANAGEMENT"
	ApplicationFeatureFlagExchangeActiveSync                 ApplicationFeatureFlag = "EXCHANGE_ACTIVE_SYNC"
	ApplicationFeatureFlagExcludeUsernameUpdateOnProfilePush ApplicationFeatureFlag = "EXCLUDE_USERNAME_UPDATE_ON_PROFILE_PUSH"
	ApplicationFeatureFlagFederatedProfile                   ApplicationFeatureFlag = "FEDERATED_PROFILE"
	ApplicationFeatureFlagGroupPush                          ApplicationFeatureFlag = "GROUP_PUSH"
	ApplicationFeatureFlagGroupSync                          ApplicationFeatureFlag = "GROUP_SYNC"
	ApplicationFeatureFlagIdP                                ApplicationFeatureFlag = "IDP"
	ApplicationFeatureFlagImportNewUsers                     ApplicationFeatureFlag = "IMPORT_NEW_USERS"
	ApplicationFeatureFlagImportProfileUpdates               ApplicationFeatureFlag = "IMPORT_PROFILE_UPDATES"
	ApplicationFeatureFlagImportSchemaEnumValues             ApplicationFeatureFlag = "IMPORT_SCHEMA_ENUM_VALUES"
	ApplicationFeatureFlagImportSync                         ApplicationFeatureFlag = "IMPORT_SYNC"
	ApplicationFeatureFlagImportSyncContacts                 ApplicationFeatureFlag = "IMPORT_SYNC_CONTACTS"
	ApplicationFeatureFlagImportUserSchema                   ApplicationFeatureFlag = "IMPORT_USER_SCHEMA"
	ApplicationFeatureFlagInMemoryAppUser                    ApplicationFeatureFlag = "IN_MEMORY_APP_USER"
	ApplicationFeatureFlagJITProvisioning                    ApplicationFeatureFlag = "JIT_PROVISIONING"
	ApplicationFeatureFlagLogStreaming                       ApplicationFeatureFlag = "LOG_STREAMING"
	ApplicationFeatureFlagMFA                                ApplicationFeatureFlag = "MFA"
	ApplicationFeatureFlagOAuthIntegration                   ApplicationFeatureFlag = "OAUTH_INTEGRATION"
	ApplicationFeatureFlagOPPSCIMIncrementalImports          ApplicationFeatureFlag = "OPP_SCIM_INCREMENTAL_IMPORTS"
	ApplicationFeatureFlagOutboundDelAuth                    ApplicationFeatureFlag = "OUTBOUND_DEL_AUTH"
	ApplicationFeatureFlagProfileMastering                   ApplicationFeatureFlag = "PROFILE_MASTERING"
	ApplicationFeatureFlagProfileTemplateUpgrade             ApplicationFeatureFlag = "PROFILE_TEMPLATE_UPGRADE"
	ApplicationFeatureFlagPushNewUsers                       ApplicationFeatureFlag = "PUSH_NEW_USERS"
	ApplicationFeatureFlagPushNewUsersWithoutPassword        ApplicationFeatureFlag = "PUSH_NEW_USERS_WITHOUT_PASSWORD"
	ApplicationFeatureFlagPushNewUsersWithHashedPassword     ApplicationFeatureFlag = "PUSH_NEW_USERS_WITH_HASHED_PASSWORD"
	ApplicationFeatureFlagPushPasswordUpdates                ApplicationFeatureFlag = "PUSH_PASSWORD_UPDATES"
	ApplicationFeatureFlagPushPendingUsers                   ApplicationFeatureFlag = "PUSH_PENDING_USERS"
	ApplicationFeatureFlagPushProfileUpdates                 ApplicationFeatureFlag = "PUSH_PROFILE_UPDATES"
	ApplicationFeatureFlagPushUserDeactivation               ApplicationFeatureFlag = "PUSH_USER_DEACTIVATION"
	ApplicationFeatureFlagReactivateUsers                    ApplicationFeatureFlag = "REACTIVATE_USERS"
	ApplicationFeatureFlagRealTimeSync                       ApplicationFeatureFlag = "REAL_TIME_SYNC"
	ApplicationFeatureFlagSCIMProvisioning                   ApplicationFeatureFlag = "SCIM_PROVISIONING"
	ApplicationFeatureFlagSkyhookService                     ApplicationFeatureFlag = "SKYHOOK_SERVICE"
	ApplicationFeatureFlagSSO                                ApplicationFeatureFlag = "SSO"
	ApplicationFeatureFlagSuppressActivationEmail            ApplicationFeatureFlag = "SUPPRESS_ACTIVATION_EMAIL"
	ApplicationFeatureFlagUpdateExistingUsername             ApplicationFeatureFlag = "UPDATE_EXISTING_USERNAME"
	ApplicationFeatureFlagVPNConfig                          ApplicationFeatureFlag = "VPN_CONFIG"
)

// UsernameTemplatePushStatus says whether a username change is pushed to the application.
type UsernameTemplatePushStatus string

// UsernameTemplatePushStatus values. Okta may send others; they decode as they are.
const (
	UsernameTemplatePushStatusDontPush      UsernameTemplatePushStatus = "DONT_PUSH"
	UsernameTemplatePushStatusNotConfigured UsernameTemplatePushStatus = "NOT_CONFIGURED"
	UsernameTemplatePushStatusPush          UsernameTemplatePushStatus = "PUSH"
)

// UsernameTemplateType is the kind of an application username template.
type UsernameTemplateType string

// UsernameTemplateType values. Okta may send others; they decode as they are.
const (
	UsernameTemplateTypeBuiltIn UsernameTemplateType = "BUILT_IN"
	UsernameTemplateTypeCustom  UsernameTemplateType = "CUSTOM"
	UsernameTemplateTypeNone    UsernameTemplateType = "NONE"
)

// SAMLDigestAlgorithm is the digest algorithm of SAML assertions.
type SAMLDigestAlgorithm string

// SAMLDigestAlgorithm values. Okta may send others; they decode as they are.
const (
	SAMLDigestAlgorithmSHA1   SAMLDigestAlgorithm = "SHA1"
	SAMLDigestAlgorithmSHA256 SAMLDigestAlgorithm = "SHA256"
)

// SAMLSignatureAlgorithm is the signature algorithm of SAML assertions.
type SAMLSignatureAlgorithm string

// SAMLSignatureAlgorithm values. Okta may send others; they decode as they are.
const (
	SAMLSignatureAlgorithmRSASHA1   SAMLSignatureAlgorithm = "RSA_SHA1"
	SAMLSignatureAlgorithmRSASHA256 SAMLSignatureAlgorithm = "RSA_SHA256"
)

// IdPInitiatedLoginMode says how an OIDC application accepts IdP-initiated sign-in.
type IdPInitiatedLoginMode string

// IdPInitiatedLoginMode values. Okta may send others; they decode as they are.
const (
	IdPInitiatedLoginModeDisabled IdPInitiatedLoginMode = "DISABLED"
	IdPInitiatedLoginModeOkta     IdPInitiatedLoginMode = "OKTA"
	IdPInitiatedLoginModeSpec     IdPInitiatedLoginMode = "SPEC"
)

// WildcardRedirect says whether redirect URIs of an OIDC application may use a subdomain wildcard.
type WildcardRedirect string

// WildcardRedirect values. Okta may send others; they decode as they are.
const (
	WildcardRedirectDisabled  WildcardRedirect = "DISABLED"
	WildcardRedirectSubdomain WildcardRedirect = "SUBDOMAIN"
)

// EMOptInStatus says whether an application takes part in entitlement management.
type EMOptInStatus string

// EMOptInStatus values. Okta may send others; they decode as they are.
const (
	EMOptInStatusDisabled  EMOptInStatus = "DISABLED"
	EMOptInStatusDisabling EMOptInStatus = "DISABLING"
	EMOptInStatusEnabled   EMOptInStatus = "ENABLED"
	EMOptInStatusEnabling  EMOptInStatus = "ENABLING"
	EMOptInStatusNone      EMOptInStatus = "NONE"
)

// JWSAlgorithm is a JSON Web Signature algorithm an OIDC client signs its requests with.
type JWSAlgorithm string

// JWSAlgorithm values. Okta may send others; they decode as they are.
const (
	JWSAlgorithmHS256 JWSAlgorithm = "HS256"
	JWSAlgorithmHS384 JWSAlgorithm = "HS384"
	JWSAlgorithmHS512 JWSAlgorithm = "HS512"
	JWSAlgorithmRS256 JWSAlgorithm = "RS256"
	JWSAlgorithmRS384 JWSAlgorithm = "RS384"
	JWSAlgorithmRS512 JWSAlgorithm = "RS512"
	JWSAlgorithmES256 JWSAlgorithm = "ES256"
	JWSAlgorithmES384 JWSAlgorithm = "ES384"
	JWSAlgorithmES512 JWSAlgorithm = "ES512"
)

// JWEKeyEncryptionAlgorithm is a JSON Web Encryption key management algorithm (a JWE "alg"): how a token
// Okta encrypts for a client, signed and then encrypted as a nested JWT, carries its content key.
type JWEKeyEncryptionAlgorithm string

// JWEKeyEncryptionAlgorithm values. Okta may send others; they decode as they are.
const (
	// JWEKeyEncryptionAlgorithmRSAOAEP256 is RSAES OAEP with SHA-256.
	JWEKeyEncryptionAlgorithmRSAOAEP256 JWEKeyEncryptionAlgorithm = "RSA-OAEP-256"
	// JWEKeyEncryptionAlgorithmRSAOAEP384 is RSAES OAEP with SHA-384.
	JWEKeyEncryptionAlgorithmRSAOAEP384 JWEKeyEncryptionAlgorithm = "RSA-OAEP-384"
	// JWEKeyEncryptionAlgorithmRSAOAEP512 is RSAES OAEP with SHA-512.
	JWEKeyEncryptionAlgorithmRSAOAEP512 JWEKeyEncryptionAlgorithm = "RSA-OAEP-512"
)

// CIBATokenDeliveryMode is how a client of Client-Initiated Backchannel Authentication receives its tokens.
type CIBATokenDeliveryMode string

// CIBATokenDeliveryMode values. Okta may send others; they decode as they are.
const (
	CIBATokenDeliveryModePoll CIBATokenDeliveryMode = "poll"
	CIBATokenDeliveryModePing CIBATokenDeliveryMode = "ping"
	CIBATokenDeliveryModePush CIBATokenDeliveryMode = "push"
)

// SubjectType says whether the clients of an org see one subject identifier for a user (public) or one per
// sector (pairwise).
type SubjectType string

// SubjectType values. Okta may send others; they decode as they are.
const (
	SubjectTypePublic   SubjectType = "public"
	SubjectTypePairwise SubjectType = "pairwise"
)

// SAMLAuthnContextClassRef is the authentication context class a SAML app's assertions state.
type SAMLAuthnContextClassRef string

// SAMLAuthnContextClassRef values. Okta may send others; they decode as they are.
const (
	SAMLAuthnContextPasswordProtectedTransport SAMLAuthnContextClassRef = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
	SAMLAuthnContextPassword                   SAMLAuthnContextClassRef = "urn:oasis:names:tc:SAML:2.0:ac:classes:Password"
	SAMLAuthnContextTLSClient                  SAMLAuthnContextClassRef = "urn:oasis:names:tc:SAML:2.0:ac:classes:TLSClient"
	SAMLAuthnContextX509                       SAMLAuthnContextClassRef = "urn:oasis:names:tc:SAML:2.0:ac:classes:X509"
	SAMLAuthnContextUnspecified                SAMLAuthnContextClassRef = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified"
	SAMLAuthnContextKerberos                   SAMLAuthnContextClassRef = "oasis:names:tc:SAML:2.0:ac:classes:Kerberos"
	SAMLAuthnContextWindows                    SAMLAuthnContextClassRef = "urn:federation:authentication:windows"
)

// SAMLNameIDFormat is the format of the subject NameID in a SAML app's assertions.
type SAMLNameIDFormat string

// SAMLNameIDFormat values. Okta may send others; they decode as they are.
const (
	SAMLNameIDFormatUnspecified     SAMLNameIDFormat = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
	SAMLNameIDFormatEmailAddress    SAMLNameIDFormat = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
	SAMLNameIDFormatX509SubjectName SAMLNameIDFormat = "urn:oasis:names:tc:SAML:1.1:nameid-format:x509SubjectName"
	SAMLNameIDFormatPersistent      SAMLNameIDFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
	SAMLNameIDFormatTransient       SAMLNameIDFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
)

// VPNNetworkConnection says from where an app's users are told to connect through a VPN.
type VPNNetworkConnection string

// VPNNetworkConnection values. Okta may send others; they decode as they are.
const (
	VPNNetworkConnectionDisabled   VPNNetworkConnection = "DISABLED"
	VPNNetworkConnectionAnywhere   VPNNetworkConnection = "ANYWHERE"
	VPNNetworkConnectionOnNetwork  VPNNetworkConnection = "ON_NETWORK"
	VPNNetworkConnectionOffNetwork VPNNetworkConnection = "OFF_NETWORK"
	VPNNetworkConnectionZone       VPNNetworkConnection = "ZONE"
)

// WSFederationGroupValueFormat is how a WS-Federation app writes group names in its claims.
type WSFederationGroupValueFormat string

// WSFederationGroupValueFormat values. Okta may send others; they decode as they are.
const (
	WSFederationGroupValueFormatWindowsDomainQualifiedName WSFederationGroupValueFormat = "windowsDomainQualifiedName"
	WSFederationGroupValueFormatSAMAccountName             WSFederationGroupValueFormat = "samAccountName"
	WSFederationGroupValueFormatDN                         WSFederationGroupValueFormat = "dn"
)

// WSFederationUsernameAttribute is which user attributes a WS-Federation app sends as the user's name.
type WSFederationUsernameAttribute string

// WSFederationUsernameAttribute values. Okta may send others; they decode as they are.
const (
	WSFederationUsernameAttributeNone           WSFederationUsernameAttribute = "none"
	WSFederationUsernameAttributeUsername       WSFederationUsernameAttribute = "username"
	WSFederationUsernameAttributeUPN            WSFederationUsernameAttribute = "upn"
	WSFederationUsernameAttributeUPNAndUsername WSFederationUsernameAttribute = "upnAndUsername"
)
