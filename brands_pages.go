package okta

import (
	"context"
	"net/http"
)

// A brand's sign-in and error pages each come in three versions: the default page Okta provides, the
// customized page that users see, and a preview page for unpublished changes (shown at
// https://{yourOktaDomain}/login/preview and /error/preview). Deleting the customized page brings back the
// default one.

// GetErrorPage returns the versions of a brand's error page that opts.Expand asks for, in the result's
// Embedded, and links to all of them.
//
//okta:operation getErrorPage GET /api/v1/brands/{brandId}/pages/error
func (s *BrandsService) GetErrorPage(ctx context.Context, brandID string, opts *GetErrorPageOptions) (*PageRoot, *Response, error) {
	return send[*PageRoot](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/error", brandID).withQuery(opts))
}

// GetCustomizedErrorPage retrieves the customized error page of a brand: the one users see.
//
//okta:operation getCustomizedErrorPage GET /api/v1/brands/{brandId}/pages/error/customized
func (s *BrandsService) GetCustomizedErrorPage(ctx context.Context, brandID string) (*ErrorPage, *Response, error) {
	return send[*ErrorPage](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/error/customized", brandID))
}

// ReplaceCustomizedErrorPage replaces the customized error page of a brand, which users see at once.
//
//okta:operation replaceCustomizedErrorPage PUT /api/v1/brands/{brandId}/pages/error/customized
func (s *BrandsService) ReplaceCustomizedErrorPage(ctx context.Context, brandID string, page *ErrorPage) (*ErrorPage, *Response, error) {
	return send[*ErrorPage](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/pages/error/customized", brandID).withBody(page))
}

// DeleteCustomizedErrorPage deletes the customized error page of a brand: users see the default one again.
//
//okta:operation deleteCustomizedErrorPage DELETE /api/v1/brands/{brandId}/pages/error/customized
func (s *BrandsService) DeleteCustomizedErrorPage(ctx context.Context, brandID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/pages/error/customized", brandID))
}

// GetDefaultErrorPage retrieves the default error page of a brand, shown when it has no customized one.
//
//okta:operation getDefaultErrorPage GET /api/v1/brands/{brandId}/pages/error/default
func (s *BrandsService) GetDefaultErrorPage(ctx context.Context, brandID string) (*ErrorPage, *Response, error) {
	return send[*ErrorPage](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/error/default", brandID))
}

// GetPreviewErrorPage retrieves the preview error page of a brand: unpublished changes, shown only at
// https://{yourOktaDomain}/error/preview.
//
//okta:operation getPreviewErrorPage GET /api/v1/brands/{brandId}/pages/error/preview
func (s *BrandsService) GetPreviewErrorPage(ctx context.Context, brandID string) (*ErrorPage, *Response, error) {
	return send[*ErrorPage](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/error/preview", brandID))
}

// ReplacePreviewErrorPage replaces the preview error page of a brand; users do not see it.
//
//okta:operation replacePreviewErrorPage PUT /api/v1/brands/{brandId}/pages/error/preview
func (s *BrandsService) ReplacePreviewErrorPage(ctx context.Context, brandID string, page *ErrorPage) (*ErrorPage, *Response, error) {
	return send[*ErrorPage](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/pages/error/preview", brandID).withBody(page))
}

// DeletePreviewErrorPage deletes the preview error page of a brand.
//
//okta:operation deletePreviewErrorPage DELETE /api/v1/brands/{brandId}/pages/error/preview
func (s *BrandsService) DeletePreviewErrorPage(ctx context.Context, brandID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/pages/error/preview", brandID))
}

// GetSignInPage returns the versions of a brand's sign-in page that opts.Expand asks for, in the result's
// Embedded, and links to all of them.
//
//okta:operation getSignInPage GET /api/v1/brands/{brandId}/pages/sign-in
func (s *BrandsService) GetSignInPage(ctx context.Context, brandID string, opts *GetSignInPageOptions) (*PageRoot, *Response, error) {
	return send[*PageRoot](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/sign-in", brandID).withQuery(opts))
}

// GetCustomizedSignInPage retrieves the customized sign-in page of a brand: the one users see.
//
//okta:operation getCustomizedSignInPage GET /api/v1/brands/{brandId}/pages/sign-in/customized
func (s *BrandsService) GetCustomizedSignInPage(ctx context.Context, brandID string) (*SignInPage, *Response, error) {
	return send[*SignInPage](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/sign-in/customized", brandID))
}

// ReplaceCustomizedSignInPage replaces the customized sign-in page of a brand, which users see at once.
//
//okta:operation replaceCustomizedSignInPage PUT /api/v1/brands/{brandId}/pages/sign-in/customized
func (s *BrandsService) ReplaceCustomizedSignInPage(ctx context.Context, brandID string, page *SignInPage) (*SignInPage, *Response, error) {
	return send[*SignInPage](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/pages/sign-in/customized", brandID).withBody(page))
}

// DeleteCustomizedSignInPage deletes the customized sign-in page of a brand: users see the default one
// again.
//
//okta:operation deleteCustomizedSignInPage DELETE /api/v1/brands/{brandId}/pages/sign-in/customized
func (s *BrandsService) DeleteCustomizedSignInPage(ctx context.Context, brandID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/pages/sign-in/customized", brandID))
}

// GetDefaultSignInPage retrieves the default sign-in page of a brand, shown when it has no customized one.
//
//okta:operation getDefaultSignInPage GET /api/v1/brands/{brandId}/pages/sign-in/default
func (s *BrandsService) GetDefaultSignInPage(ctx context.Context, brandID string) (*SignInPage, *Response, error) {
	return send[*SignInPage](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/sign-in/default", brandID))
}

// GetPreviewSignInPage retrieves the preview sign-in page of a brand: unpublished changes, shown only at
// https://{yourOktaDomain}/login/preview.
//
//okta:operation getPreviewSignInPage GET /api/v1/brands/{brandId}/pages/sign-in/preview
func (s *BrandsService) GetPreviewSignInPage(ctx context.Context, brandID string) (*SignInPage, *Response, error) {
	return send[*SignInPage](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/sign-in/preview", brandID))
}

// ReplacePreviewSignInPage replaces the preview sign-in page of a brand; users do not see it.
//
//okta:operation replacePreviewSignInPage PUT /api/v1/brands/{brandId}/pages/sign-in/preview
func (s *BrandsService) ReplacePreviewSignInPage(ctx context.Context, brandID string, page *SignInPage) (*SignInPage, *Response, error) {
	return send[*SignInPage](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/pages/sign-in/preview", brandID).withBody(page))
}

// DeletePreviewSignInPage deletes the preview sign-in page of a brand.
//
//okta:operation deletePreviewSignInPage DELETE /api/v1/brands/{brandId}/pages/sign-in/preview
func (s *BrandsService) DeletePreviewSignInPage(ctx context.Context, brandID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/pages/sign-in/preview", brandID))
}

// ListSignInWidgetVersions returns the versions of the Sign-In Widget the org supports (such as "7.25"), any
// of which a SignInPage's WidgetVersion can name.
//
//okta:operation listAllSignInWidgetVersions GET /api/v1/brands/{brandId}/pages/sign-in/widget-versions
func (s *BrandsService) ListSignInWidgetVersions(ctx context.Context, brandID string) ([]string, *Response, error) {
	return send[[]string](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/sign-in/widget-versions", brandID))
}

// GetSignOutPageSettings retrieves where a brand sends users after they sign out: Okta's page or a URL of
// the org's.
//
//okta:operation getSignOutPageSettings GET /api/v1/brands/{brandId}/pages/sign-out/customized
func (s *BrandsService) GetSignOutPageSettings(ctx context.Context, brandID string) (*HostedPage, *Response, error) {
	return send[*HostedPage](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/pages/sign-out/customized", brandID))
}

// ReplaceSignOutPageSettings replaces where a brand sends users after they sign out. An EXTERNALLY_HOSTED
// page needs its URL.
//
//okta:operation replaceSignOutPageSettings PUT /api/v1/brands/{brandId}/pages/sign-out/customized
func (s *BrandsService) ReplaceSignOutPageSettings(ctx context.Context, brandID string, page *HostedPage) (*HostedPage, *Response, error) {
	return send[*HostedPage](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/pages/sign-out/customized", brandID).withBody(page))
}

// PageExpand names a version of a page to embed in a PageRoot.
type PageExpand string

// PageExpand values.
const (
	PageExpandDefault       PageExpand = "default"
	PageExpandCustomized    PageExpand = "customized"
	PageExpandCustomizedURL PageExpand = "customizedUrl"
	PageExpandPreview       PageExpand = "preview"
	PageExpandPreviewURL    PageExpand = "previewUrl"
)

// GetErrorPageOptions are the parameters of BrandsService.GetErrorPage.
type GetErrorPageOptions struct {
	// Expand names the versions of the page to embed.
	Expand []PageExpand `url:"expand"`
}

// GetSignInPageOptions are the parameters of BrandsService.GetSignInPage.
type GetSignInPageOptions struct {
	// Expand names the versions of the page to embed.
	Expand []PageExpand `url:"expand"`
}

// PageRoot holds the versions of a brand's sign-in or error page.
type PageRoot struct {
	Embedded *PageRootEmbedded `json:"_embedded,omitzero"`
	// Links has the relations self, default, customized and preview.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// PageRootEmbedded holds the versions of a page that an expand parameter asked for. The pages are typed as
// the API description types them, with their content only; the other members of a sign-in or error page
// (its widget settings, its content security policy) are in each page's Extra.
type PageRootEmbedded struct {
	Default    *CustomizablePage `json:"default,omitzero"`
	Customized *CustomizablePage `json:"customized,omitzero"`
	Preview    *CustomizablePage `json:"preview,omitzero"`
	// CustomizedURL is where the customized page is shown.
	CustomizedURL string `json:"customizedUrl,omitzero"`
	// PreviewURL is where the preview page is shown.
	PreviewURL string `json:"previewUrl,omitzero"`
	Extra      Extra  `json:"-"`
}

// CustomizablePage is the content of a page: its HTML.
type CustomizablePage struct {
	PageContent string `json:"pageContent,omitzero"`
	Extra       Extra  `json:"-"`
}

// ErrorPage is a brand's error page: its HTML and its Content Security Policy.
type ErrorPage struct {
	// PageContent is the page's HTML.
	PageContent                  string                        `json:"pageContent,omitzero"`
	ContentSecurityPolicySetting *ContentSecurityPolicySetting `json:"contentSecurityPolicySetting,omitzero"`
	Extra                        Extra                         `json:"-"`
}

// SignInPage is a brand's sign-in page: its HTML, the version of the Sign-In Widget it loads, the widget's
// labels and links, and its Content Security Policy.
type SignInPage struct {
	// PageContent is the page's HTML.
	PageContent string `json:"pageContent,omitzero"`
	// WidgetVersion is the Sign-In Widget version, a version such as "7.25" from ListSignInWidgetVersions or
	// a range such as "^7".
	WidgetVersion                string                          `json:"widgetVersion,omitzero"`
	WidgetCustomizations         *SignInPageWidgetCustomizations `json:"widgetCustomizations,omitzero"`
	ContentSecurityPolicySetting *ContentSecurityPolicySetting   `json:"contentSecurityPolicySetting,omitzero"`
	Extra                        Extra                           `json:"-"`
}

// SignInPageWidgetCustomizations are the labels, links and options of the Sign-In Widget on a sign-in page.
type SignInPageWidgetCustomizations struct {
	SignInLabel                             string `json:"signInLabel,omitzero"`
	UsernameLabel                           string `json:"usernameLabel,omitzero"`
	UsernameInfoTip                         string `json:"usernameInfoTip,omitzero"`
	PasswordLabel                           string `json:"passwordLabel,omitzero"`
	PasswordInfoTip                         string `json:"passwordInfoTip,omitzero"`
	ShowPasswordVisibilityToggle            *bool  `json:"showPasswordVisibilityToggle,omitzero"`
	ShowUserIdentifier                      *bool  `json:"showUserIdentifier,omitzero"`
	ForgotPasswordLabel                     string `json:"forgotPasswordLabel,omitzero"`
	ForgotPasswordURL                       string `json:"forgotPasswordUrl,omitzero"`
	UnlockAccountLabel                      string `json:"unlockAccountLabel,omitzero"`
	UnlockAccountURL                        string `json:"unlockAccountUrl,omitzero"`
	HelpLabel                               string `json:"helpLabel,omitzero"`
	HelpURL                                 string `json:"helpUrl,omitzero"`
	CustomLink1Label                        string `json:"customLink1Label,omitzero"`
	CustomLink1URL                          string `json:"customLink1Url,omitzero"`
	CustomLink2Label                        string `json:"customLink2Label,omitzero"`
	CustomLink2URL                          string `json:"customLink2Url,omitzero"`
	AuthenticatorPageCustomLinkLabel        string `json:"authenticatorPageCustomLinkLabel,omitzero"`
	AuthenticatorPageCustomLinkURL          string `json:"authenticatorPageCustomLinkUrl,omitzero"`
	ClassicRecoveryFlowEmailOrUsernameLabel string `json:"classicRecoveryFlowEmailOrUsernameLabel,omitzero"`
	Extra                                   Extra  `json:"-"`
}

// ContentSecurityPolicyMode says whether a page's Content Security Policy is enforced or only reported.
type ContentSecurityPolicyMode string

// ContentSecurityPolicyMode values. Okta may send others; they decode as they are.
const (
	ContentSecurityPolicyModeEnforced   ContentSecurityPolicyMode = "enforced"
	ContentSecurityPolicyModeReportOnly ContentSecurityPolicyMode = "report_only"
)

// ContentSecurityPolicySetting is the Content Security Policy of a customized page.
type ContentSecurityPolicySetting struct {
	Mode ContentSecurityPolicyMode `json:"mode,omitzero"`
	// ReportURI receives the reports of policy violations.
	ReportURI string `json:"reportUri,omitzero"`
	// SrcList are the sources, beyond Okta's, that the page may load content from.
	SrcList []string `json:"srcList,omitzero"`
	Extra   Extra    `json:"-"`
}

// HostedPageType says who hosts a page.
type HostedPageType string

// HostedPageType values. Okta may send others; they decode as they are.
const (
	HostedPageTypeExternallyHosted HostedPageType = "EXTERNALLY_HOSTED"
	HostedPageTypeOktaDefault      HostedPageType = "OKTA_DEFAULT"
)

// HostedPage says where a brand sends users after they sign out.
type HostedPage struct {
	// Type is OKTA_DEFAULT or EXTERNALLY_HOSTED (required).
	Type HostedPageType `json:"type,omitzero"`
	// URL is the page of an EXTERNALLY_HOSTED type.
	URL   string `json:"url,omitzero"`
	Extra Extra  `json:"-"`
}
