package okta

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// The helpers of this file (brandsRequest, brandsDecode, ...) also serve the tests of
// EmailDomains, EmailServers, CustomDomains, SMSTemplates and CAPTCHAs.

// IDs with characters that must be escaped, so every test also checks that path parameters are.
const (
	brandsTestBrandID          = "bnd/1"
	brandsTestBrandEsc         = "bnd%2F1"
	brandsTestThemeID          = "thd 1"
	brandsTestThemeEsc         = "thd%201"
	brandsTestTemplate         = "User?Activation"
	brandsTestTemplateEsc      = "User%3FActivation"
	brandsTestCustomizationID  = "oel#1"
	brandsTestCustomizationEsc = "oel%231"
)

// brandsRequest returns the request body testdata/dir/requests/name.json.
func brandsRequest(t *testing.T, dir, name string) []byte {
	t.Helper()
	return fixture(t, filepath.Join(dir, "requests", name+".json"))
}

// brandsDecode decodes the JSON text raw into a new T.
func brandsDecode[T any](t *testing.T, raw []byte) T {
	t.Helper()
	var v T
	if err := decodeJSON(raw, &v); err != nil {
		t.Fatalf("decoding into %T: %v", v, err)
	}
	return v
}

func brandsCalls(t *testing.T) []apiCall {
	const (
		b    = brandsTestBrandID
		th   = brandsTestThemeID
		tn   = brandsTestTemplate
		cu   = brandsTestCustomizationID
		base = "/api/v1/brands/" + brandsTestBrandEsc
		tpl  = base + "/templates/email/" + brandsTestTemplateEsc
		thm  = base + "/themes/" + brandsTestThemeEsc
	)
	payload := func(op string) []byte { return firstPayload(t, "brands", op, "") }
	replaceBrand := brandsRequest(t, "brands", "replaceBrand_spec_update_brand_request")
	customization := brandsRequest(t, "brands", "createEmailCustomization_spec_create_email_customization_request")
	replaceCustomization := brandsRequest(t, "brands", "replaceEmailCustomization_spec_update_email_customization_request")
	signIn := payload("replaceCustomizedSignInPage")
	errorPage := payload("replaceCustomizedErrorPage")
	png := "\x89PNG\r\n\x1a\nimage"

	return []apiCall{
		// Brands
		{
			op: "listBrands", method: "GET", path: "/api/v1/brands",
			query:    map[string]string{"expand": "themes,domains,emailDomain", "after": "c1", "limit": "5", "q": "Okta"},
			response: payload("listBrands"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Brands.List(ctx, &BrandsListOptions{Expand: []BrandExpand{BrandExpandThemes, BrandExpandDomains, BrandExpandEmailDomain}, After: "c1", Limit: 5, Q: "Okta"})
			},
		},
		{
			op: "createBrand", method: "POST", path: "/api/v1/brands", status: 201, body: `{"name":"My Awesome Brand"}`,
			response: payload("createBrand"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.Brands.Create(ctx, &CreateBrandRequest{Name: "My Awesome Brand"}, nil)
			},
		},
		{
			op: "getBrand", ids: []string{b}, method: "GET", path: base, query: map[string]string{"expand": "themes"},
			response: payload("getBrand"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.Get(ctx, id[0], &BrandsGetOptions{Expand: []BrandExpand{BrandExpandThemes}})
			},
		},
		{
			op: "replaceBrand", ids: []string{b}, method: "PUT", path: base, query: map[string]string{"expand": "domains"},
			body: string(replaceBrand), response: payload("replaceBrand"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.Replace(ctx, id[0], brandsDecode[*ReplaceBrandRequest](t, replaceBrand), &BrandsReplaceOptions{Expand: []BrandExpand{BrandExpandDomains}})
			},
		},
		{
			op: "deleteBrand", ids: []string{b}, method: "DELETE", path: base, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.Delete(ctx, id[0], nil))
			},
		},
		{
			op: "listBrandDomains", ids: []string{b}, method: "GET", path: base + "/domains", response: payload("listBrandDomains"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ListDomains(ctx, id[0])
			},
		},
		// Error page
		{
			op: "getErrorPage", ids: []string{b}, method: "GET", path: base + "/pages/error",
			query: map[string]string{"expand": "default,customized,customizedUrl,preview,previewUrl"}, response: payload("getErrorPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetErrorPage(ctx, id[0], &BrandsGetErrorPageOptions{Expand: []PageExpand{
					PageExpandDefault, PageExpandCustomized, PageExpandCustomizedURL, PageExpandPreview, PageExpandPreviewURL}})
			},
		},
		{
			op: "getCustomizedErrorPage", ids: []string{b}, method: "GET", path: base + "/pages/error/customized",
			response: payload("getCustomizedErrorPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetCustomizedErrorPage(ctx, id[0])
			},
		},
		{
			op: "replaceCustomizedErrorPage", ids: []string{b}, method: "PUT", path: base + "/pages/error/customized",
			body: string(errorPage), response: errorPage,
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ReplaceCustomizedErrorPage(ctx, id[0], brandsDecode[*ErrorPage](t, errorPage))
			},
		},
		{
			op: "deleteCustomizedErrorPage", ids: []string{b}, method: "DELETE", path: base + "/pages/error/customized", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeleteCustomizedErrorPage(ctx, id[0]))
			},
		},
		{
			op: "getDefaultErrorPage", ids: []string{b}, method: "GET", path: base + "/pages/error/default",
			response: payload("getDefaultErrorPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetDefaultErrorPage(ctx, id[0])
			},
		},
		{
			op: "getPreviewErrorPage", ids: []string{b}, method: "GET", path: base + "/pages/error/preview",
			response: payload("getPreviewErrorPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetPreviewErrorPage(ctx, id[0])
			},
		},
		{
			op: "replacePreviewErrorPage", ids: []string{b}, method: "PUT", path: base + "/pages/error/preview",
			body:     `{"pageContent":"<html>preview</html>","contentSecurityPolicySetting":{"mode":"report_only","srcList":[]}}`,
			response: payload("replacePreviewErrorPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ReplacePreviewErrorPage(ctx, id[0], &ErrorPage{PageContent: "<html>preview</html>",
					ContentSecurityPolicySetting: &ContentSecurityPolicySetting{Mode: ContentSecurityPolicyModeReportOnly, SrcList: []string{}}})
			},
		},
		{
			op: "deletePreviewErrorPage", ids: []string{b}, method: "DELETE", path: base + "/pages/error/preview", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeletePreviewErrorPage(ctx, id[0]))
			},
		},
		// Sign-in page
		{
			op: "getSignInPage", ids: []string{b}, method: "GET", path: base + "/pages/sign-in",
			query: map[string]string{"expand": "default,customized"}, response: payload("getSignInPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetSignInPage(ctx, id[0], &BrandsGetSignInPageOptions{Expand: []PageExpand{PageExpandDefault, PageExpandCustomized}})
			},
		},
		{
			op: "getCustomizedSignInPage", ids: []string{b}, method: "GET", path: base + "/pages/sign-in/customized",
			response: payload("getCustomizedSignInPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetCustomizedSignInPage(ctx, id[0])
			},
		},
		{
			op: "replaceCustomizedSignInPage", ids: []string{b}, method: "PUT", path: base + "/pages/sign-in/customized",
			body: string(signIn), response: signIn,
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ReplaceCustomizedSignInPage(ctx, id[0], brandsDecode[*SignInPage](t, signIn))
			},
		},
		{
			op: "deleteCustomizedSignInPage", ids: []string{b}, method: "DELETE", path: base + "/pages/sign-in/customized", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeleteCustomizedSignInPage(ctx, id[0]))
			},
		},
		{
			op: "getDefaultSignInPage", ids: []string{b}, method: "GET", path: base + "/pages/sign-in/default",
			response: payload("getDefaultSignInPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetDefaultSignInPage(ctx, id[0])
			},
		},
		{
			op: "getPreviewSignInPage", ids: []string{b}, method: "GET", path: base + "/pages/sign-in/preview",
			response: payload("getPreviewSignInPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetPreviewSignInPage(ctx, id[0])
			},
		},
		{
			op: "replacePreviewSignInPage", ids: []string{b}, method: "PUT", path: base + "/pages/sign-in/preview",
			body: `{"pageContent":"<html>preview</html>","widgetVersion":"7.25",
				"widgetCustomizations":{"signInLabel":"Sign in","showPasswordVisibilityToggle":false,"showUserIdentifier":true}}`,
			response: payload("replacePreviewSignInPage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ReplacePreviewSignInPage(ctx, id[0], &SignInPage{PageContent: "<html>preview</html>", WidgetVersion: "7.25",
					WidgetCustomizations: &SignInPageWidgetCustomizations{SignInLabel: "Sign in", ShowPasswordVisibilityToggle: new(false), ShowUserIdentifier: new(true)}})
			},
		},
		{
			op: "deletePreviewSignInPage", ids: []string{b}, method: "DELETE", path: base + "/pages/sign-in/preview", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeletePreviewSignInPage(ctx, id[0]))
			},
		},
		{
			op: "listAllSignInWidgetVersions", ids: []string{b}, method: "GET", path: base + "/pages/sign-in/widget-versions",
			response: payload("listAllSignInWidgetVersions"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ListSignInWidgetVersions(ctx, id[0])
			},
		},
		// Sign-out page
		{
			op: "getSignOutPageSettings", ids: []string{b}, method: "GET", path: base + "/pages/sign-out/customized",
			response: payload("getSignOutPageSettings"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetSignOutPageSettings(ctx, id[0])
			},
		},
		{
			op: "replaceSignOutPageSettings", ids: []string{b}, method: "PUT", path: base + "/pages/sign-out/customized",
			body:     `{"type":"EXTERNALLY_HOSTED","url":"https://example.com/signed-out"}`,
			response: payload("replaceSignOutPageSettings"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ReplaceSignOutPageSettings(ctx, id[0], &HostedPage{Type: HostedPageTypeExternallyHosted, URL: "https://example.com/signed-out"})
			},
		},
		// Email templates
		{
			op: "listEmailTemplates", ids: []string{b}, method: "GET", path: base + "/templates/email",
			query:    map[string]string{"after": "c1", "limit": "10", "expand": "settings,customizationCount"},
			response: payload("listEmailTemplates"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ListEmailTemplates(ctx, id[0], &BrandsListEmailTemplatesOptions{After: "c1", Limit: 10,
					Expand: []EmailTemplateExpand{EmailTemplateExpandSettings, EmailTemplateExpandCustomizationCount}})
			},
		},
		{
			op: "getEmailTemplate", ids: []string{b, tn}, method: "GET", path: tpl, query: map[string]string{"expand": "settings"},
			response: payload("getEmailTemplate"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetEmailTemplate(ctx, id[0], id[1], &BrandsGetEmailTemplateOptions{Expand: []EmailTemplateExpand{EmailTemplateExpandSettings}})
			},
		},
		{
			op: "listEmailCustomizations", ids: []string{b, tn}, method: "GET", path: tpl + "/customizations",
			query: map[string]string{"after": "c1", "limit": "3"}, response: payload("listEmailCustomizations"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ListEmailCustomizations(ctx, id[0], id[1], &BrandsListEmailCustomizationsOptions{After: "c1", Limit: 3})
			},
		},
		{
			op: "createEmailCustomization", ids: []string{b, tn}, method: "POST", path: tpl + "/customizations", status: 201,
			body: string(customization), response: payload("createEmailCustomization"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.CreateEmailCustomization(ctx, id[0], id[1], brandsDecode[*EmailCustomization](t, customization))
			},
		},
		{
			op: "deleteAllCustomizations", ids: []string{b, tn}, method: "DELETE", path: tpl + "/customizations", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeleteAllEmailCustomizations(ctx, id[0], id[1]))
			},
		},
		{
			op: "getEmailCustomization", ids: []string{b, tn, cu}, method: "GET", path: tpl + "/customizations/" + brandsTestCustomizationEsc,
			response: payload("getEmailCustomization"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetEmailCustomization(ctx, id[0], id[1], id[2])
			},
		},
		{
			op: "replaceEmailCustomization", ids: []string{b, tn, cu}, method: "PUT", path: tpl + "/customizations/" + brandsTestCustomizationEsc,
			body: string(replaceCustomization), response: payload("replaceEmailCustomization"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ReplaceEmailCustomization(ctx, id[0], id[1], id[2], brandsDecode[*EmailCustomization](t, replaceCustomization))
			},
		},
		{
			op: "deleteEmailCustomization", ids: []string{b, tn, cu}, method: "DELETE", path: tpl + "/customizations/" + brandsTestCustomizationEsc,
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeleteEmailCustomization(ctx, id[0], id[1], id[2]))
			},
		},
		{
			op: "getCustomizationPreview", ids: []string{b, tn, cu}, method: "GET", path: tpl + "/customizations/" + brandsTestCustomizationEsc + "/preview",
			response: payload("getCustomizationPreview"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetEmailCustomizationPreview(ctx, id[0], id[1], id[2])
			},
		},
		{
			op: "getEmailDefaultContent", ids: []string{b, tn}, method: "GET", path: tpl + "/default-content",
			query: map[string]string{"language": "fr"}, response: payload("getEmailDefaultContent"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetEmailDefaultContent(ctx, id[0], id[1], &BrandsGetEmailDefaultContentOptions{Language: "fr"})
			},
		},
		{
			op: "getEmailDefaultPreview", ids: []string{b, tn}, method: "GET", path: tpl + "/default-content/preview",
			query: map[string]string{"language": "pt-BR"}, response: payload("getEmailDefaultPreview"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetEmailDefaultContentPreview(ctx, id[0], id[1], &BrandsGetEmailDefaultContentPreviewOptions{Language: "pt-BR"})
			},
		},
		{
			op: "getEmailSettings", ids: []string{b, tn}, method: "GET", path: tpl + "/settings", response: payload("getEmailSettings"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetEmailSettings(ctx, id[0], id[1])
			},
		},
		{
			op: "replaceEmailSettings", ids: []string{b, tn}, method: "PUT", path: tpl + "/settings", body: `{"recipients":"ADMINS_ONLY"}`,
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.ReplaceEmailSettings(ctx, id[0], id[1], &EmailSettings{Recipients: EmailSettingsRecipientsAdminsOnly}))
			},
		},
		{
			op: "sendTestEmail", ids: []string{b, tn}, method: "POST", path: tpl + "/test", query: map[string]string{"language": "de"},
			status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.SendTestEmail(ctx, id[0], id[1], &BrandsSendTestEmailOptions{Language: "de"}))
			},
		},
		// Themes
		{
			op: "listBrandThemes", ids: []string{b}, method: "GET", path: base + "/themes", response: payload("listBrandThemes"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ListThemes(ctx, id[0])
			},
		},
		{
			op: "getBrandTheme", ids: []string{b, th}, method: "GET", path: thm, response: payload("getBrandTheme"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.GetTheme(ctx, id[0], id[1])
			},
		},
		{
			op: "replaceBrandTheme", ids: []string{b, th}, method: "PUT", path: thm,
			body: `{"primaryColorHex":"#0f62fe","primaryColorContrastHex":"#ffffff","secondaryColorHex":"#f4f4f4","secondaryColorContrastHex":"#000000",
				"signInPageTouchPointVariant":"BACKGROUND_IMAGE","endUserDashboardTouchPointVariant":"LOGO_ON_FULL_WHITE_BACKGROUND",
				"errorPageTouchPointVariant":"BACKGROUND_SECONDARY_COLOR","emailTemplateTouchPointVariant":"FULL_THEME","loadingPageTouchPointVariant":"NONE"}`,
			response: payload("replaceBrandTheme"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.ReplaceTheme(ctx, id[0], id[1], &ReplaceThemeRequest{
					PrimaryColorHex: "#0f62fe", PrimaryColorContrastHex: "#ffffff", SecondaryColorHex: "#f4f4f4", SecondaryColorContrastHex: "#000000",
					SignInPageTouchPointVariant:       SignInPageTouchPointVariantBackgroundImage,
					EndUserDashboardTouchPointVariant: EndUserDashboardTouchPointVariantLogoOnFullWhiteBackground,
					ErrorPageTouchPointVariant:        ErrorPageTouchPointVariantBackgroundSecondaryColor,
					EmailTemplateTouchPointVariant:    EmailTemplateTouchPointVariantFullTheme,
					LoadingPageTouchPointVariant:      LoadingPageTouchPointVariantNone,
				})
			},
		},
		{
			op: "uploadBrandThemeBackgroundImage", ids: []string{b, th}, method: "POST", path: thm + "/background-image", status: 201,
			checkBody: func(t *testing.T, r *http.Request) {
				checkMultipartFile(t, r, "file", "bg.jpg", "image/jpeg", "\xff\xd8\xffjpeg")
			},
			response: payload("uploadBrandThemeBackgroundImage"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.UploadThemeBackgroundImage(ctx, id[0], id[1], strings.NewReader("\xff\xd8\xffjpeg"), "bg.jpg")
			},
		},
		{
			op: "deleteBrandThemeBackgroundImage", ids: []string{b, th}, method: "DELETE", path: thm + "/background-image", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeleteThemeBackgroundImage(ctx, id[0], id[1]))
			},
		},
		{
			op: "uploadBrandThemeFavicon", ids: []string{b, th}, method: "POST", path: thm + "/favicon", status: 201,
			checkBody: func(t *testing.T, r *http.Request) { checkMultipartFile(t, r, "file", "favicon.png", "image/png", png) },
			response:  payload("uploadBrandThemeFavicon"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.UploadThemeFavicon(ctx, id[0], id[1], strings.NewReader(png), "favicon.png")
			},
		},
		{
			op: "deleteBrandThemeFavicon", ids: []string{b, th}, method: "DELETE", path: thm + "/favicon", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeleteThemeFavicon(ctx, id[0], id[1]))
			},
		},
		{
			op: "uploadBrandThemeLogo", ids: []string{b, th}, method: "POST", path: thm + "/logo",
			checkBody: func(t *testing.T, r *http.Request) { checkMultipartFile(t, r, "file", "logo.png", "image/png", png) },
			response:  payload("uploadBrandThemeLogo"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.Brands.UploadThemeLogo(ctx, id[0], id[1], strings.NewReader(png), "logo.png")
			},
		},
		{
			op: "deleteBrandThemeLogo", ids: []string{b, th}, method: "DELETE", path: thm + "/logo", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.Brands.DeleteThemeLogo(ctx, id[0], id[1]))
			},
		},
	}
}

// TestBrandsRequests calls each BrandsService method against a fake Okta and checks the method, escaped path,
// query and body it sends and the value it returns.
func TestBrandsRequests(t *testing.T) {
	t.Parallel()
	calls := brandsCalls(t)
	checkCalledOperations(t, calls, "Customization")
	runAPICalls(t, calls)
}

// TestBrandsEmptyIDs checks that the iterators refuse an empty or blank ID before sending anything (runAPICalls
// checks the other methods).
func TestBrandsEmptyIDs(t *testing.T) {
	t.Parallel()
	iters := []apiCall{
		{name: "ListEmailTemplatesIter", ids: []string{"b"}, call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
			_, _, err := countAll(c.Brands.ListEmailTemplatesIter(ctx, id[0], nil))
			return nil, nil, err
		}},
		{name: "ListEmailCustomizationsIter", ids: []string{"b", "t"}, call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
			_, _, err := countAll(c.Brands.ListEmailCustomizationsIter(ctx, id[0], id[1], nil))
			return nil, nil, err
		}},
	}
	runEmptyIDs(t, iters)
}

// TestBrandsPayloads decodes every recorded and example payload of the Customization operations into the
// method's return type and checks that nothing is lost or changed.
func TestBrandsPayloads(t *testing.T) {
	t.Parallel()
	brand := func(t *testing.T, raw []byte) { assertRoundTrip[*Brand](t, raw) }
	withEmbedded := func(t *testing.T, raw []byte) { assertRoundTrip[*BrandWithEmbedded](t, raw) }
	pageRoot := func(t *testing.T, raw []byte) { assertRoundTrip[*PageRoot](t, raw) }
	errorPage := func(t *testing.T, raw []byte) { assertRoundTrip[*ErrorPage](t, raw) }
	signInPage := func(t *testing.T, raw []byte) { assertRoundTrip[*SignInPage](t, raw) }
	hosted := func(t *testing.T, raw []byte) { assertRoundTrip[*HostedPage](t, raw) }
	template := func(t *testing.T, raw []byte) { assertRoundTrip[*EmailTemplate](t, raw) }
	customization := func(t *testing.T, raw []byte) { assertRoundTrip[*EmailCustomization](t, raw) }
	preview := func(t *testing.T, raw []byte) { assertRoundTrip[*EmailPreview](t, raw) }
	theme := func(t *testing.T, raw []byte) { assertRoundTrip[*ThemeResponse](t, raw) }
	image := func(t *testing.T, raw []byte) { assertRoundTrip[*ImageUploadResponse](t, raw) }
	checkRecordedPayloads(t, "brands", map[string]func(t *testing.T, raw []byte){
		"listBrands":                      func(t *testing.T, raw []byte) { assertRoundTrip[[]BrandWithEmbedded](t, raw) },
		"createBrand":                     brand,
		"getBrand":                        withEmbedded,
		"replaceBrand":                    brand,
		"listBrandDomains":                func(t *testing.T, raw []byte) { assertRoundTrip[[]DomainResponse](t, raw) },
		"getErrorPage":                    pageRoot,
		"getCustomizedErrorPage":          errorPage,
		"replaceCustomizedErrorPage":      errorPage,
		"getDefaultErrorPage":             errorPage,
		"getPreviewErrorPage":             errorPage,
		"replacePreviewErrorPage":         errorPage,
		"getSignInPage":                   pageRoot,
		"getCustomizedSignInPage":         signInPage,
		"replaceCustomizedSignInPage":     signInPage,
		"getDefaultSignInPage":            signInPage,
		"getPreviewSignInPage":            signInPage,
		"replacePreviewSignInPage":        signInPage,
		"listAllSignInWidgetVersions":     func(t *testing.T, raw []byte) { assertRoundTrip[[]string](t, raw) },
		"getSignOutPageSettings":          hosted,
		"replaceSignOutPageSettings":      hosted,
		"listEmailTemplates":              func(t *testing.T, raw []byte) { assertRoundTrip[[]EmailTemplate](t, raw) },
		"getEmailTemplate":                template,
		"listEmailCustomizations":         func(t *testing.T, raw []byte) { assertRoundTrip[[]EmailCustomization](t, raw) },
		"createEmailCustomization":        customization,
		"getEmailCustomization":           customization,
		"replaceEmailCustomization":       customization,
		"getCustomizationPreview":         preview,
		"getEmailDefaultContent":          func(t *testing.T, raw []byte) { assertRoundTrip[*EmailDefaultContent](t, raw) },
		"getEmailDefaultPreview":          preview,
		"getEmailSettings":                func(t *testing.T, raw []byte) { assertRoundTrip[*EmailSettings](t, raw) },
		"listBrandThemes":                 func(t *testing.T, raw []byte) { assertRoundTrip[[]ThemeResponse](t, raw) },
		"getBrandTheme":                   theme,
		"replaceBrandTheme":               theme,
		"uploadBrandThemeBackgroundImage": image,
		"uploadBrandThemeFavicon":         image,
		"uploadBrandThemeLogo":            image,
		// Request bodies.
		"requests/createBrand":               func(t *testing.T, raw []byte) { assertRoundTrip[*CreateBrandRequest](t, raw) },
		"requests/replaceBrand":              func(t *testing.T, raw []byte) { assertRoundTrip[*ReplaceBrandRequest](t, raw) },
		"requests/createEmailCustomization":  customization,
		"requests/replaceEmailCustomization": customization,
	})
}

// TestBrandsErrors checks the error codes of the API description's error examples of the Customization
// operations.
func TestBrandsErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "brands", brandsCalls(t))
}

// TestBrandsIterators walks each paginated list over two pages linked by a Link header.
func TestBrandsIterators(t *testing.T) {
	t.Parallel()
	base := "/api/v1/brands/" + brandsTestBrandEsc
	limit := map[string]string{"limit": "2"}
	runPagedLists(t, []pagedList{
		{
			name: "ListIter", path: "/api/v1/brands", query: limit,
			first: `[{"id":"bnd1","isDefault":true},{"id":"bnd2"}]`, second: `[{"id":"bnd3","name":"Third"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				it := c.Brands.ListIter(ctx, &BrandsListOptions{Limit: 2})
				n := 0
				for brand, err := range it.All() {
					if err != nil {
						return n, it.Response(), err
					}
					if brand.ID == "" {
						return n, it.Response(), errors.New("a brand without ID")
					}
					n++
				}
				return n, it.Response(), nil
			},
		},
		{
			name: "ListEmailTemplatesIter", path: base + "/templates/email", query: limit,
			first: `[{"name":"UserActivation"},{"name":"ForgotPassword"}]`, second: `[{"name":"ADForgotPassword"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.Brands.ListEmailTemplatesIter(ctx, brandsTestBrandID, &BrandsListEmailTemplatesOptions{Limit: 2}))
			},
		},
		{
			name: "ListEmailCustomizationsIter", path: base + "/templates/email/" + brandsTestTemplateEsc + "/customizations", query: limit,
			first:  `[{"id":"oel1","language":"en","isDefault":true},{"id":"oel2","language":"fr","isDefault":false}]`,
			second: `[{"id":"oel3","language":"de"}]`,
			walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
				return countAll(c.Brands.ListEmailCustomizationsIter(ctx, brandsTestBrandID, brandsTestTemplate, &BrandsListEmailCustomizationsOptions{Limit: 2}))
			},
		},
	})
}

// TestBrandsThemeUploads checks the multipart uploads of the three theme images: the form field, the content
// type from the file name or the content, and the errors for a missing file.
func TestBrandsThemeUploads(t *testing.T) {
	t.Parallel()
	type upload func(c *Client, ctx context.Context, file *strings.Reader, name string) (*ImageUploadResponse, *Response, error)
	cases := []struct {
		name, path, filename, content, wantName, wantType string
		status                                            int
		upload                                            upload
	}{
		{"logo svg", "logo", "Logo.SVG", "<svg/>", "Logo.SVG", "image/svg+xml", 200,
			func(c *Client, ctx context.Context, f *strings.Reader, n string) (*ImageUploadResponse, *Response, error) {
				return c.Brands.UploadThemeLogo(ctx, "b", "t", f, n)
			}},
		{"favicon png", "favicon", "favicon.png", "\x89PNG\r\n\x1a\nicon", "favicon.png", "image/png", 201,
			func(c *Client, ctx context.Context, f *strings.Reader, n string) (*ImageUploadResponse, *Response, error) {
				return c.Brands.UploadThemeFavicon(ctx, "b", "t", f, n)
			}},
		{"background sniffed without a name", "background-image", "", "GIF89a...", "file", "image/gif", 201,
			func(c *Client, ctx context.Context, f *strings.Reader, n string) (*ImageUploadResponse, *Response, error) {
				return c.Brands.UploadThemeBackgroundImage(ctx, "b", "t", f, n)
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			mux.HandleFunc("POST /api/v1/brands/b/themes/t/"+tc.path, func(w http.ResponseWriter, r *http.Request) {
				checkMultipartFile(t, r, "file", tc.wantName, tc.wantType, tc.content)
				serveJSON(w, tc.status, []byte(`{"url":"https://example.okta.com/bc/image/fileStoreRecord?id=fs1"}`))
			})
			img, resp, err := tc.upload(client, t.Context(), strings.NewReader(tc.content), tc.filename)
			if err != nil || resp.StatusCode != tc.status || img.URL != "https://example.okta.com/bc/image/fileStoreRecord?id=fs1" {
				t.Errorf("upload = %+v, %v, %v", img, resp, err)
			}
		})
	}
	t.Run("nil file", func(t *testing.T) {
		t.Parallel()
		client, _ := setup(t)
		if _, _, err := client.Brands.UploadThemeLogo(t.Context(), "b", "t", nil, "logo.png"); err == nil || !strings.Contains(err.Error(), "nil") {
			t.Errorf("error = %v, want one saying the file is nil", err)
		}
	})
}

// TestBrandsSignInPageGetReplaceIsLossless gets a customized sign-in page, changes one label and replaces
// it: everything Okta sent, the members the SDK does not type and the null ones included, goes back.
func TestBrandsSignInPageGetReplaceIsLossless(t *testing.T) {
	t.Parallel()
	client, mux := setup(t)
	page := fixture(t, "brands/getCustomizedSignInPage/sample_page.json")
	var sent []byte
	mux.HandleFunc("GET /api/v1/brands/b/pages/sign-in/customized", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, page)
	})
	mux.HandleFunc("PUT /api/v1/brands/b/pages/sign-in/customized", func(w http.ResponseWriter, r *http.Request) {
		sent = brandsReadBody(t, r)
		serveJSON(w, 200, sent)
	})
	got, _, err := client.Brands.GetCustomizedSignInPage(t.Context(), "b")
	if err != nil {
		t.Fatal(err)
	}
	if got.WidgetCustomizations == nil || got.WidgetCustomizations.ShowPasswordVisibilityToggle == nil || *got.WidgetCustomizations.ShowPasswordVisibilityToggle {
		t.Fatalf("widget customizations = %+v, want showPasswordVisibilityToggle false", got.WidgetCustomizations)
	}
	got.WidgetCustomizations.SignInLabel = "Welcome back"
	if _, _, err := client.Brands.ReplaceCustomizedSignInPage(t.Context(), "b", got); err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	if err := json.Unmarshal(page, &want); err != nil {
		t.Fatal(err)
	}
	want["widgetCustomizations"].(map[string]any)["signInLabel"] = "Welcome back"
	wantJSON, _ := json.Marshal(want)
	assertJSONEqual(t, string(wantJSON), string(sent))
}

// brandsReadBody reads a request body.
func brandsReadBody(t *testing.T, r *http.Request) []byte {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
