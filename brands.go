package okta

import (
	"context"
	"io"
	"net/http"
	"time"
)

// BrandsService manages brands and everything a brand customizes: its themes (colors, logo, favicon and
// background image), its email templates and their customizations, its sign-in, error and sign-out pages, and
// the custom domains that serve it. Reach it as client.Brands.
//
// Every org has a default brand. A brand's resources are reached through its ID:
//
//	brands, _, err := client.Brands.List(ctx, nil)
//	if err != nil { ... }
//	themes, _, err := client.Brands.ListThemes(ctx, brands[0].ID)
//
// A brand's sign-in and error pages each come in three versions: the default page Okta provides, the
// customized page users see, and a preview page for unpublished changes (shown at
// https://{yourOktaDomain}/login/preview and /error/preview). Deleting the customized page brings the default
// one back.
//
// Each email template (UserActivation, ForgotPassword, ...) has Okta's default content and up to one
// customization per language, one of which is the template's default.
type BrandsService service

// List returns one page of the org's brands. Pass resp.After back in opts.After to fetch the next page, or
// use ListIter. opts.Expand embeds each brand's themes, domains or email domain in its Embedded.
//
//okta:operation listBrands GET /api/v1/brands
func (s *BrandsService) List(ctx context.Context, opts *BrandsListOptions) ([]BrandWithEmbedded, *Response, error) {
	return send[[]BrandWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands").withQuery(opts))
}

// ListIter returns an iterator over all the brands that match opts, fetching pages as it goes.
func (s *BrandsService) ListIter(ctx context.Context, opts *BrandsListOptions) *Iterator[BrandWithEmbedded] {
	return newIterator[BrandWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands").withQuery(opts))
}

// Create creates a brand with the given name. Okta gives it a theme and its default settings; set the rest
// with Replace.
//
//okta:operation createBrand POST /api/v1/brands
func (s *BrandsService) Create(ctx context.Context, brand *CreateBrandRequest, opts *BrandsCreateOptions) (*Brand, *Response, error) {
	return send[*Brand](ctx, s.client, newRequest(http.MethodPost, "/api/v1/brands").withBody(brand).withQuery(opts))
}

// Get retrieves a brand by ID. opts.Expand embeds its themes, domains or email domain in Embedded.
//
//okta:operation getBrand GET /api/v1/brands/{brandId}
func (s *BrandsService) Get(ctx context.Context, brandID string, opts *BrandsGetOptions) (*BrandWithEmbedded, *Response, error) {
	return send[*BrandWithEmbedded](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}", brandID).withQuery(opts))
}

// Replace replaces the settings of a brand with those of brand: settings it leaves out go back to their
// defaults. Name is required.
//
//okta:operation replaceBrand PUT /api/v1/brands/{brandId}
func (s *BrandsService) Replace(ctx context.Context, brandID string, brand *ReplaceBrandRequest, opts *BrandsReplaceOptions) (*Brand, *Response, error) {
	return send[*Brand](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}", brandID).withBody(brand).withQuery(opts))
}

// Delete deletes a brand. Okta refuses (409) to delete the default brand or a brand that a custom domain
// still uses.
//
//okta:operation deleteBrand DELETE /api/v1/brands/{brandId}
func (s *BrandsService) Delete(ctx context.Context, brandID string, opts *BrandsDeleteOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}", brandID).withQuery(opts))
}

// ListDomains returns the custom domains that serve a brand. The list is not paginated.
//
//okta:operation listBrandDomains GET /api/v1/brands/{brandId}/domains
func (s *BrandsService) ListDomains(ctx context.Context, brandID string) ([]DomainResponse, *Response, error) {
	return send[[]DomainResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/domains", brandID))
}

// GetErrorPage returns the versions of a brand's error page that opts.Expand asks for, in the result's
// Embedded, and links to all of them.
//
//okta:operation getErrorPage GET /api/v1/brands/{brandId}/pages/error
func (s *BrandsService) GetErrorPage(ctx context.Context, brandID string, opts *BrandsGetErrorPageOptions) (*PageRoot, *Response, error) {
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
func (s *BrandsService) GetSignInPage(ctx context.Context, brandID string, opts *BrandsGetSignInPageOptions) (*PageRoot, *Response, error) {
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

// ListEmailTemplates returns one page of the email templates of a brand: one per kind of email Okta sends
// (UserActivation, ForgotPassword, ...). Pass resp.After back in opts.After to fetch the next page, or use
// ListEmailTemplatesIter.
//
//okta:operation listEmailTemplates GET /api/v1/brands/{brandId}/templates/email
func (s *BrandsService) ListEmailTemplates(ctx context.Context, brandID string, opts *BrandsListEmailTemplatesOptions) ([]EmailTemplate, *Response, error) {
	return send[[]EmailTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email", brandID).withQuery(opts))
}

// ListEmailTemplatesIter returns an iterator over all the email templates of a brand, fetching pages as it
// goes.
func (s *BrandsService) ListEmailTemplatesIter(ctx context.Context, brandID string, opts *BrandsListEmailTemplatesOptions) *Iterator[EmailTemplate] {
	return newIterator[EmailTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email", brandID).withQuery(opts))
}

// GetEmailTemplate retrieves an email template of a brand by name, such as "UserActivation".
//
//okta:operation getEmailTemplate GET /api/v1/brands/{brandId}/templates/email/{templateName}
func (s *BrandsService) GetEmailTemplate(ctx context.Context, brandID, templateName string, opts *BrandsGetEmailTemplateOptions) (*EmailTemplate, *Response, error) {
	return send[*EmailTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}", brandID, templateName).withQuery(opts))
}

// ListEmailCustomizations returns one page of the customizations of an email template: its subject and body
// in each language the brand customized. Pass resp.After back in opts.After to fetch the next page, or use
// ListEmailCustomizationsIter.
//
//okta:operation listEmailCustomizations GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations
func (s *BrandsService) ListEmailCustomizations(ctx context.Context, brandID, templateName string, opts *BrandsListEmailCustomizationsOptions) ([]EmailCustomization, *Response, error) {
	return send[[]EmailCustomization](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations", brandID, templateName).withQuery(opts))
}

// ListEmailCustomizationsIter returns an iterator over all the customizations of an email template,
// fetching pages as it goes.
func (s *BrandsService) ListEmailCustomizationsIter(ctx context.Context, brandID, templateName string, opts *BrandsListEmailCustomizationsOptions) *Iterator[EmailCustomization] {
	return newIterator[EmailCustomization](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations", brandID, templateName).withQuery(opts))
}

// CreateEmailCustomization creates a customization of an email template for one language. Language, Subject
// and Body are required. The first customization of a template becomes its default; Okta refuses (409) a
// second one for the same language (E0000183) or a second default (E0000182).
//
//okta:operation createEmailCustomization POST /api/v1/brands/{brandId}/templates/email/{templateName}/customizations
func (s *BrandsService) CreateEmailCustomization(ctx context.Context, brandID, templateName string, customization *EmailCustomization) (*EmailCustomization, *Response, error) {
	return send[*EmailCustomization](ctx, s.client, newRequest(http.MethodPost, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations", brandID, templateName).withBody(customization))
}

// DeleteAllEmailCustomizations deletes every customization of an email template, which goes back to Okta's
// default content.
//
//okta:operation deleteAllCustomizations DELETE /api/v1/brands/{brandId}/templates/email/{templateName}/customizations
func (s *BrandsService) DeleteAllEmailCustomizations(ctx context.Context, brandID, templateName string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations", brandID, templateName))
}

// GetEmailCustomization retrieves a customization of an email template by ID.
//
//okta:operation getEmailCustomization GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}
func (s *BrandsService) GetEmailCustomization(ctx context.Context, brandID, templateName, customizationID string) (*EmailCustomization, *Response, error) {
	return send[*EmailCustomization](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}", brandID, templateName, customizationID))
}

// ReplaceEmailCustomization replaces a customization of an email template. Okta refuses (409, E0000185) to
// set IsDefault to false on the default customization: make another one the default instead.
//
//okta:operation replaceEmailCustomization PUT /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}
func (s *BrandsService) ReplaceEmailCustomization(ctx context.Context, brandID, templateName, customizationID string, customization *EmailCustomization) (*EmailCustomization, *Response, error) {
	return send[*EmailCustomization](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}", brandID, templateName, customizationID).withBody(customization))
}

// DeleteEmailCustomization deletes a customization of an email template. Okta refuses (409, E0000184) to
// delete the default customization.
//
//okta:operation deleteEmailCustomization DELETE /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}
func (s *BrandsService) DeleteEmailCustomization(ctx context.Context, brandID, templateName, customizationID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}", brandID, templateName, customizationID))
}

// GetEmailCustomizationPreview returns a customization of an email template as the current user would
// receive it: its variable references (such as ${user.profile.firstName}) filled in.
//
//okta:operation getCustomizationPreview GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}/preview
func (s *BrandsService) GetEmailCustomizationPreview(ctx context.Context, brandID, templateName, customizationID string) (*EmailPreview, *Response, error) {
	return send[*EmailPreview](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}/preview", brandID, templateName, customizationID))
}

// GetEmailDefaultContent retrieves Okta's default subject and body of an email template, in opts.Language
// (the current user's language when unset).
//
//okta:operation getEmailDefaultContent GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content
func (s *BrandsService) GetEmailDefaultContent(ctx context.Context, brandID, templateName string, opts *BrandsGetEmailDefaultContentOptions) (*EmailDefaultContent, *Response, error) {
	return send[*EmailDefaultContent](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/default-content", brandID, templateName).withQuery(opts))
}

// GetEmailDefaultContentPreview returns Okta's default content of an email template as the current user
// would receive it, its variable references filled in, in opts.Language (the user's language when unset).
//
//okta:operation getEmailDefaultPreview GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content/preview
func (s *BrandsService) GetEmailDefaultContentPreview(ctx context.Context, brandID, templateName string, opts *BrandsGetEmailDefaultContentPreviewOptions) (*EmailPreview, *Response, error) {
	return send[*EmailPreview](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/default-content/preview", brandID, templateName).withQuery(opts))
}

// GetEmailSettings retrieves the settings of an email template: who receives the email.
//
//okta:operation getEmailSettings GET /api/v1/brands/{brandId}/templates/email/{templateName}/settings
func (s *BrandsService) GetEmailSettings(ctx context.Context, brandID, templateName string) (*EmailSettings, *Response, error) {
	return send[*EmailSettings](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/settings", brandID, templateName))
}

// ReplaceEmailSettings replaces the settings of an email template. Okta answers 204 with no body, and
// refuses (422, E0000189) recipients the template does not support.
//
//okta:operation replaceEmailSettings PUT /api/v1/brands/{brandId}/templates/email/{templateName}/settings
func (s *BrandsService) ReplaceEmailSettings(ctx context.Context, brandID, templateName string, settings *EmailSettings) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/templates/email/{templateName}/settings", brandID, templateName).withBody(settings))
}

// SendTestEmail sends an email of a template to the current user's primary and secondary addresses. Its
// content is the template's customization for opts.Language, else its default customization, else Okta's
// default content in the user's language.
//
//okta:operation sendTestEmail POST /api/v1/brands/{brandId}/templates/email/{templateName}/test
func (s *BrandsService) SendTestEmail(ctx context.Context, brandID, templateName string, opts *BrandsSendTestEmailOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/brands/{brandId}/templates/email/{templateName}/test", brandID, templateName).withQuery(opts))
}

// ListThemes returns the themes of a brand (a brand has one). The list is not paginated.
//
//okta:operation listBrandThemes GET /api/v1/brands/{brandId}/themes
func (s *BrandsService) ListThemes(ctx context.Context, brandID string) ([]ThemeResponse, *Response, error) {
	return send[[]ThemeResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/themes", brandID))
}

// GetTheme retrieves a theme of a brand.
//
//okta:operation getBrandTheme GET /api/v1/brands/{brandId}/themes/{themeId}
func (s *BrandsService) GetTheme(ctx context.Context, brandID, themeID string) (*ThemeResponse, *Response, error) {
	return send[*ThemeResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/themes/{themeId}", brandID, themeID))
}

// ReplaceTheme replaces the colors and touch-point variants of a theme with those of theme. The images
// (logo, favicon, background image) are not changed here: upload or delete them with their own methods.
//
//okta:operation replaceBrandTheme PUT /api/v1/brands/{brandId}/themes/{themeId}
func (s *BrandsService) ReplaceTheme(ctx context.Context, brandID, themeID string, theme *ReplaceThemeRequest) (*ThemeResponse, *Response, error) {
	return send[*ThemeResponse](ctx, s.client, newRequest(http.MethodPut, "/api/v1/brands/{brandId}/themes/{themeId}", brandID, themeID).withBody(theme))
}

// UploadThemeBackgroundImage uploads the image file (PNG, JPG or GIF, under 2 MB) as the background image of
// a theme, replacing any previous one, and returns the image's URL. filename names the file in the upload; its
// extension sets the image's content type, which is otherwise sniffed from the content.
//
//okta:operation uploadBrandThemeBackgroundImage POST /api/v1/brands/{brandId}/themes/{themeId}/background-image
func (s *BrandsService) UploadThemeBackgroundImage(ctx context.Context, brandID, themeID string, file io.Reader, filename string) (*ImageUploadResponse, *Response, error) {
	return s.uploadThemeImage(ctx, "/api/v1/brands/{brandId}/themes/{themeId}/background-image", brandID, themeID, file, filename)
}

// DeleteThemeBackgroundImage deletes the background image of a theme.
//
//okta:operation deleteBrandThemeBackgroundImage DELETE /api/v1/brands/{brandId}/themes/{themeId}/background-image
func (s *BrandsService) DeleteThemeBackgroundImage(ctx context.Context, brandID, themeID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/themes/{themeId}/background-image", brandID, themeID))
}

// UploadThemeFavicon uploads the image file (PNG or ICO, 128 × 128 pixels) as the favicon of a theme,
// replacing any previous one, and returns the image's URL. filename names the file in the upload; its
// extension sets the image's content type, which is otherwise sniffed from the content.
//
//okta:operation uploadBrandThemeFavicon POST /api/v1/brands/{brandId}/themes/{themeId}/favicon
func (s *BrandsService) UploadThemeFavicon(ctx context.Context, brandID, themeID string, file io.Reader, filename string) (*ImageUploadResponse, *Response, error) {
	return s.uploadThemeImage(ctx, "/api/v1/brands/{brandId}/themes/{themeId}/favicon", brandID, themeID, file, filename)
}

// DeleteThemeFavicon deletes the favicon of a theme, which goes back to Okta's.
//
//okta:operation deleteBrandThemeFavicon DELETE /api/v1/brands/{brandId}/themes/{themeId}/favicon
func (s *BrandsService) DeleteThemeFavicon(ctx context.Context, brandID, themeID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/themes/{themeId}/favicon", brandID, themeID))
}

// UploadThemeLogo uploads the image file (PNG, JPG or GIF, under 100 kB; landscape, with a transparent
// background and at least 300 × 50 pixels looks best) as the logo of a theme, replacing any previous one, and
// returns the image's URL. filename names the file in the upload; its extension sets the image's content
// type, which is otherwise sniffed from the content. Okta answers 200 here, where the other uploads answer 201.
//
//okta:operation uploadBrandThemeLogo POST /api/v1/brands/{brandId}/themes/{themeId}/logo
func (s *BrandsService) UploadThemeLogo(ctx context.Context, brandID, themeID string, file io.Reader, filename string) (*ImageUploadResponse, *Response, error) {
	return s.uploadThemeImage(ctx, "/api/v1/brands/{brandId}/themes/{themeId}/logo", brandID, themeID, file, filename)
}

// DeleteThemeLogo deletes the logo of a theme, which goes back to Okta's.
//
//okta:operation deleteBrandThemeLogo DELETE /api/v1/brands/{brandId}/themes/{themeId}/logo
func (s *BrandsService) DeleteThemeLogo(ctx context.Context, brandID, themeID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/brands/{brandId}/themes/{themeId}/logo", brandID, themeID))
}

// uploadThemeImage posts file as the multipart form field "file" to the theme image path tmpl.
func (s *BrandsService) uploadThemeImage(ctx context.Context, tmpl, brandID, themeID string, file io.Reader, filename string) (*ImageUploadResponse, *Response, error) {
	r := newRequest(http.MethodPost, tmpl, brandID, themeID)
	if r.err == nil {
		r.body, r.err = multipartFile("file", file, filename)
	}
	return send[*ImageUploadResponse](ctx, s.client, r)
}

// BrandExpand names related resources to embed in a brand.
type BrandExpand string

// BrandExpand values.
const (
	BrandExpandThemes      BrandExpand = "themes"
	BrandExpandDomains     BrandExpand = "domains"
	BrandExpandEmailDomain BrandExpand = "emailDomain"
)

// BrandsListOptions are the parameters of BrandsService.List.
type BrandsListOptions struct {
	// Expand embeds related resources in each brand's Embedded.
	Expand []BrandExpand `url:"expand"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
	// Q finds the brands whose name matches Q.
	Q string `url:"q"`
}

// BrandsCreateOptions are the parameters of BrandsService.Create. The API description lists for this
// operation every parameter of its path, those of List included; Okta documents no effect of them on a
// create, and a nil BrandsCreateOptions sends none.
type BrandsCreateOptions struct {
	Expand []BrandExpand `url:"expand"`
	After  string        `url:"after"`
	Limit  int           `url:"limit"`
	Q      string        `url:"q"`
}

// BrandsGetOptions are the parameters of BrandsService.Get.
type BrandsGetOptions struct {
	// Expand embeds related resources in the brand's Embedded.
	Expand []BrandExpand `url:"expand"`
}

// BrandsReplaceOptions are the parameters of BrandsService.Replace.
type BrandsReplaceOptions struct {
	// Expand is listed by the API description for this operation, whose result has no Embedded.
	Expand []BrandExpand `url:"expand"`
}

// BrandsDeleteOptions are the parameters of BrandsService.Delete.
type BrandsDeleteOptions struct {
	// Expand is listed by the API description for this operation, which returns nothing.
	Expand []BrandExpand `url:"expand"`
}

// Brand is a brand: the look of the pages and email an org's users see. Okta also sends _links, which the
// API description leaves out of this schema; it is in Links.
type Brand struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// IsDefault is true for the org's default brand.
	IsDefault bool `json:"isDefault,omitzero"`
	// Locale is the brand's language, an IETF BCP 47 tag such as "en".
	Locale string `json:"locale,omitzero"`
	// EmailDomainID is the email domain the brand sends its email from.
	EmailDomainID              string      `json:"emailDomainId,omitzero"`
	CustomPrivacyPolicyURL     string      `json:"customPrivacyPolicyUrl,omitzero"`
	AgreeToCustomPrivacyPolicy bool        `json:"agreeToCustomPrivacyPolicy,omitzero"`
	RemovePoweredByOkta        bool        `json:"removePoweredByOkta,omitzero"`
	DefaultApp                 *DefaultApp `json:"defaultApp,omitzero"`
	Links                      Links       `json:"_links,omitzero"`
	Extra                      Extra       `json:"-"`
}

// BrandWithEmbedded is a brand with the resources asked for with an expand parameter.
type BrandWithEmbedded struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// IsDefault is true for the org's default brand.
	IsDefault bool `json:"isDefault,omitzero"`
	// Locale is the brand's language, an IETF BCP 47 tag such as "en".
	Locale string `json:"locale,omitzero"`
	// EmailDomainID is the email domain the brand sends its email from.
	EmailDomainID              string      `json:"emailDomainId,omitzero"`
	CustomPrivacyPolicyURL     string      `json:"customPrivacyPolicyUrl,omitzero"`
	AgreeToCustomPrivacyPolicy bool        `json:"agreeToCustomPrivacyPolicy,omitzero"`
	RemovePoweredByOkta        bool        `json:"removePoweredByOkta,omitzero"`
	DefaultApp                 *DefaultApp `json:"defaultApp,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded *BrandEmbedded `json:"_embedded,omitzero"`
	// Links has the relations self and themes.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// BrandEmbedded holds the resources embedded in a brand.
type BrandEmbedded struct {
	// Themes are the brand's themes (expand=themes).
	Themes []ThemeResponse `json:"themes,omitzero"`
	// Domains are the custom domains that serve the brand (expand=domains).
	Domains []DomainResponse `json:"domains,omitzero"`
	// CreateEmailDomainRequest is the email domain the brand sends from (expand=emailDomain).
	EmailDomain *EmailDomainResponse `json:"emailDomain,omitzero"`
	Extra       Extra                `json:"-"`
}

// DefaultApp is the app a brand sends its users to when they sign in without a target app. Okta writes the
// members it has no value for as null; they are kept in Extra and sent back as null.
type DefaultApp struct {
	AppInstanceID         string `json:"appInstanceId,omitzero"`
	AppLinkName           string `json:"appLinkName,omitzero"`
	ClassicApplicationURI string `json:"classicApplicationUri,omitzero"`
	Extra                 Extra  `json:"-"`
}

// CreateBrandRequest is the body of BrandsService.Create.
type CreateBrandRequest struct {
	// Name is the brand's name (required).
	Name  string `json:"name,omitzero"`
	Extra Extra  `json:"-"`
}

// ReplaceBrandRequest is the body of BrandsService.Replace: a brand's settings.
type ReplaceBrandRequest struct {
	// Name is the brand's name (required).
	Name string `json:"name,omitzero"`
	// Locale is the brand's language, an IETF BCP 47 tag such as "en".
	Locale string `json:"locale,omitzero"`
	// EmailDomainID is the email domain the brand sends its email from.
	EmailDomainID string `json:"emailDomainId,omitzero"`
	// CustomPrivacyPolicyURL replaces Okta's privacy policy link; it needs AgreeToCustomPrivacyPolicy true.
	CustomPrivacyPolicyURL     string      `json:"customPrivacyPolicyUrl,omitzero"`
	AgreeToCustomPrivacyPolicy *bool       `json:"agreeToCustomPrivacyPolicy,omitzero"`
	RemovePoweredByOkta        *bool       `json:"removePoweredByOkta,omitzero"`
	DefaultApp                 *DefaultApp `json:"defaultApp,omitzero"`
	Extra                      Extra       `json:"-"`
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

// BrandsGetErrorPageOptions are the parameters of BrandsService.GetErrorPage.
type BrandsGetErrorPageOptions struct {
	// Expand names the versions of the page to embed.
	Expand []PageExpand `url:"expand"`
}

// BrandsGetSignInPageOptions are the parameters of BrandsService.GetSignInPage.
type BrandsGetSignInPageOptions struct {
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
	// ClassicFooterHelpTitle is the title of the footer link of the sign-in page (Classic Engine orgs only).
	ClassicFooterHelpTitle string `json:"classicFooterHelpTitle,omitzero"`
	// GracePeriodRequiredSoon are the texts the widget shows users who are in the grace period of an
	// authenticator they must enroll (Early Access).
	GracePeriodRequiredSoon *GracePeriodRequiredSoon `json:"gracePeriodRequiredSoon,omitzero"`
	// PostAuthKeepMeSignedInPrompt are the texts of the widget's "Stay signed in" prompt after sign-in.
	PostAuthKeepMeSignedInPrompt *PostAuthKeepMeSignedInPrompt `json:"postAuthKeepMeSignedInPrompt,omitzero"`
	// WidgetGeneration is the generation of the Sign-In Widget: G2 or G3.
	WidgetGeneration WidgetGeneration `json:"widgetGeneration,omitzero"`
	Extra            Extra            `json:"-"`
}

// GracePeriodRequiredSoon are the texts the Sign-In Widget shows users who must enroll an authenticator before
// their grace period ends. The description may be used alone; the custom link needs both its label and URL.
type GracePeriodRequiredSoon struct {
	// GracePeriodRequiredSoonDescription prompts users to enroll the required authenticators.
	GracePeriodRequiredSoonDescription string `json:"gracePeriodRequiredSoonDescription,omitzero"`
	// GracePeriodRequiredSoonCustomLinkLabel is the label of the prompt's custom link.
	GracePeriodRequiredSoonCustomLinkLabel string `json:"gracePeriodRequiredSoonCustomLinkLabel,omitzero"`
	// GracePeriodRequiredSoonCustomLinkURL is the URL of the prompt's custom link.
	GracePeriodRequiredSoonCustomLinkURL string `json:"gracePeriodRequiredSoonCustomLinkUrl,omitzero"`
	Extra                                Extra  `json:"-"`
}

// PostAuthKeepMeSignedInPrompt are the texts of the Sign-In Widget's "Stay signed in" prompt after sign-in.
type PostAuthKeepMeSignedInPrompt struct {
	// Title is the prompt's title.
	Title string `json:"title,omitzero"`
	// Subtitle is the prompt's subtitle.
	Subtitle string `json:"subtitle,omitzero"`
	// AcceptButtonText is the label of the button that stays signed in.
	AcceptButtonText string `json:"acceptButtonText,omitzero"`
	// RejectButtonText is the label of the button that declines.
	RejectButtonText string `json:"rejectButtonText,omitzero"`
	Extra            Extra  `json:"-"`
}

// WidgetGeneration is the generation of the Sign-In Widget.
type WidgetGeneration string

// WidgetGeneration values. Okta may send others; they decode as they are.
const (
	// WidgetGenerationG2 is the second generation Sign-In Widget.
	WidgetGenerationG2 WidgetGeneration = "G2"
	// WidgetGenerationG3 is the third generation Sign-In Widget.
	WidgetGenerationG3 WidgetGeneration = "G3"
)

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

// EmailTemplateExpand names related resources to embed in an email template.
type EmailTemplateExpand string

// EmailTemplateExpand values.
const (
	EmailTemplateExpandSettings           EmailTemplateExpand = "settings"
	EmailTemplateExpandCustomizationCount EmailTemplateExpand = "customizationCount"
)

// BrandsListEmailTemplatesOptions are the parameters of BrandsService.ListEmailTemplates.
type BrandsListEmailTemplatesOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
	// Expand embeds related resources in each template's Embedded.
	Expand []EmailTemplateExpand `url:"expand"`
}

// BrandsGetEmailTemplateOptions are the parameters of BrandsService.GetEmailTemplate.
type BrandsGetEmailTemplateOptions struct {
	// Expand embeds related resources in the template's Embedded.
	Expand []EmailTemplateExpand `url:"expand"`
}

// BrandsListEmailCustomizationsOptions are the parameters of BrandsService.ListEmailCustomizations.
type BrandsListEmailCustomizationsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
}

// BrandsGetEmailDefaultContentOptions are the parameters of BrandsService.GetEmailDefaultContent.
type BrandsGetEmailDefaultContentOptions struct {
	// Language is an IETF BCP 47 language tag such as "fr".
	Language string `url:"language"`
}

// BrandsGetEmailDefaultContentPreviewOptions are the parameters of BrandsService.GetEmailDefaultContentPreview.
type BrandsGetEmailDefaultContentPreviewOptions struct {
	// Language is an IETF BCP 47 language tag such as "fr".
	Language string `url:"language"`
}

// BrandsSendTestEmailOptions are the parameters of BrandsService.SendTestEmail.
type BrandsSendTestEmailOptions struct {
	// Language is an IETF BCP 47 language tag such as "fr".
	Language string `url:"language"`
}

// EmailTemplate is one kind of email a brand sends, such as UserActivation.
type EmailTemplate struct {
	Name string `json:"name,omitzero"`
	// Embedded holds the resources asked for with an expand parameter.
	Embedded *EmailTemplateEmbedded `json:"_embedded,omitzero"`
	// Links has the relations self, settings, defaultContent, customizations and test.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// EmailTemplateEmbedded holds the resources embedded in an email template.
type EmailTemplateEmbedded struct {
	// Settings are the template's settings (expand=settings).
	Settings *EmailSettings `json:"settings,omitzero"`
	// CustomizationCount is the number of the template's customizations (expand=customizationCount).
	CustomizationCount int   `json:"customizationCount,omitzero"`
	Extra              Extra `json:"-"`
}

// EmailSettingsRecipients says who receives an email.
type EmailSettingsRecipients string

// EmailSettingsRecipients values. Okta may send others; they decode as they are.
const (
	EmailSettingsRecipientsAllUsers   EmailSettingsRecipients = "ALL_USERS"
	EmailSettingsRecipientsAdminsOnly EmailSettingsRecipients = "ADMINS_ONLY"
	EmailSettingsRecipientsNoUsers    EmailSettingsRecipients = "NO_USERS"
)

// EmailSettings are the settings of an email template. Okta also sends _links, which the API description
// leaves out of this schema; it is in Links.
type EmailSettings struct {
	// Recipients says who receives the email (required).
	Recipients EmailSettingsRecipients `json:"recipients,omitzero"`
	Links      Links                   `json:"_links,omitzero"`
	Extra      Extra                   `json:"-"`
}

// EmailCustomization is the subject and body of an email template in one language.
type EmailCustomization struct {
	ID string `json:"id,omitzero"`
	// Language is an IETF BCP 47 language tag such as "fr" (required).
	Language string `json:"language,omitzero"`
	// IsDefault makes this the template's default customization, used for languages without their own.
	IsDefault *bool `json:"isDefault,omitzero"`
	// Subject and Body (HTML) may contain variable references such as ${org.name} (both required).
	Subject     string    `json:"subject,omitzero"`
	Body        string    `json:"body,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// Links has the relations self, template, preview and test.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// EmailDefaultContent is Okta's default subject and body of an email template.
type EmailDefaultContent struct {
	Subject string `json:"subject,omitzero"`
	// Body is HTML that may contain variable references such as ${user.profile.firstName}.
	Body string `json:"body,omitzero"`
	// Links has the relations self, template, preview and test.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// EmailPreview is an email as the current user would receive it, its variable references filled in.
type EmailPreview struct {
	Subject string `json:"subject,omitzero"`
	// Body is HTML.
	Body string `json:"body,omitzero"`
	// Links has the relations self, contentSource, template, test and defaultContent.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// EmailTemplateTouchPointVariant is how a theme styles the email Okta sends.
type EmailTemplateTouchPointVariant string

// EmailTemplateTouchPointVariant values. Okta may send others; they decode as they are.
const (
	EmailTemplateTouchPointVariantFullTheme   EmailTemplateTouchPointVariant = "FULL_THEME"
	EmailTemplateTouchPointVariantOktaDefault EmailTemplateTouchPointVariant = "OKTA_DEFAULT"
)

// EndUserDashboardTouchPointVariant is how a theme styles the End-User Dashboard.
type EndUserDashboardTouchPointVariant string

// EndUserDashboardTouchPointVariant values. Okta may send others; they decode as they are.
const (
	EndUserDashboardTouchPointVariantFullTheme                 EndUserDashboardTouchPointVariant = "FULL_THEME"
	EndUserDashboardTouchPointVariantLogoOnFullWhiteBackground EndUserDashboardTouchPointVariant = "LOGO_ON_FULL_WHITE_BACKGROUND"
	EndUserDashboardTouchPointVariantOktaDefault               EndUserDashboardTouchPointVariant = "OKTA_DEFAULT"
	EndUserDashboardTouchPointVariantWhiteLogoBackground       EndUserDashboardTouchPointVariant = "WHITE_LOGO_BACKGROUND"
)

// ErrorPageTouchPointVariant is how a theme styles the error page.
type ErrorPageTouchPointVariant string

// ErrorPageTouchPointVariant values. Okta may send others; they decode as they are.
const (
	ErrorPageTouchPointVariantBackgroundImage          ErrorPageTouchPointVariant = "BACKGROUND_IMAGE"
	ErrorPageTouchPointVariantBackgroundSecondaryColor ErrorPageTouchPointVariant = "BACKGROUND_SECONDARY_COLOR"
	ErrorPageTouchPointVariantOktaDefault              ErrorPageTouchPointVariant = "OKTA_DEFAULT"
)

// LoadingPageTouchPointVariant is how a theme styles the loading page.
type LoadingPageTouchPointVariant string

// LoadingPageTouchPointVariant values. Okta may send others; they decode as they are.
const (
	LoadingPageTouchPointVariantNone        LoadingPageTouchPointVariant = "NONE"
	LoadingPageTouchPointVariantOktaDefault LoadingPageTouchPointVariant = "OKTA_DEFAULT"
)

// SignInPageTouchPointVariant is how a theme styles the sign-in page.
type SignInPageTouchPointVariant string

// SignInPageTouchPointVariant values. Okta may send others; they decode as they are.
const (
	SignInPageTouchPointVariantBackgroundImage          SignInPageTouchPointVariant = "BACKGROUND_IMAGE"
	SignInPageTouchPointVariantBackgroundSecondaryColor SignInPageTouchPointVariant = "BACKGROUND_SECONDARY_COLOR"
	SignInPageTouchPointVariantOktaDefault              SignInPageTouchPointVariant = "OKTA_DEFAULT"
)

// ThemeResponse is a brand's theme as Okta returns it: its colors, the URLs of its images, and the style of
// each touch point (sign-in page, dashboard, error page, email, loading page).
type ThemeResponse struct {
	ID string `json:"id,omitzero"`
	// Logo, Favicon and BackgroundImage are the URLs of the theme's images; set them with the upload methods.
	Logo            string `json:"logo,omitzero"`
	Favicon         string `json:"favicon,omitzero"`
	BackgroundImage string `json:"backgroundImage,omitzero"`
	// PrimaryColorHex and the other colors are hexadecimal RGB colors such as "#1662dd".
	PrimaryColorHex                   string                            `json:"primaryColorHex,omitzero"`
	PrimaryColorContrastHex           string                            `json:"primaryColorContrastHex,omitzero"`
	SecondaryColorHex                 string                            `json:"secondaryColorHex,omitzero"`
	SecondaryColorContrastHex         string                            `json:"secondaryColorContrastHex,omitzero"`
	SignInPageTouchPointVariant       SignInPageTouchPointVariant       `json:"signInPageTouchPointVariant,omitzero"`
	EndUserDashboardTouchPointVariant EndUserDashboardTouchPointVariant `json:"endUserDashboardTouchPointVariant,omitzero"`
	ErrorPageTouchPointVariant        ErrorPageTouchPointVariant        `json:"errorPageTouchPointVariant,omitzero"`
	EmailTemplateTouchPointVariant    EmailTemplateTouchPointVariant    `json:"emailTemplateTouchPointVariant,omitzero"`
	LoadingPageTouchPointVariant      LoadingPageTouchPointVariant      `json:"loadingPageTouchPointVariant,omitzero"`
	// Links has the relations self, logo, favicon and background-image.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// ReplaceThemeRequest is the body of BrandsService.ReplaceTheme: a theme's colors and touch-point variants. BackgroundImage
// and Links are read-only; Okta ignores them.
type ReplaceThemeRequest struct {
	// PrimaryColorHex and the other colors are hexadecimal RGB colors such as "#1662dd".
	PrimaryColorHex                   string                            `json:"primaryColorHex,omitzero"`
	PrimaryColorContrastHex           string                            `json:"primaryColorContrastHex,omitzero"`
	SecondaryColorHex                 string                            `json:"secondaryColorHex,omitzero"`
	SecondaryColorContrastHex         string                            `json:"secondaryColorContrastHex,omitzero"`
	SignInPageTouchPointVariant       SignInPageTouchPointVariant       `json:"signInPageTouchPointVariant,omitzero"`
	EndUserDashboardTouchPointVariant EndUserDashboardTouchPointVariant `json:"endUserDashboardTouchPointVariant,omitzero"`
	ErrorPageTouchPointVariant        ErrorPageTouchPointVariant        `json:"errorPageTouchPointVariant,omitzero"`
	EmailTemplateTouchPointVariant    EmailTemplateTouchPointVariant    `json:"emailTemplateTouchPointVariant,omitzero"`
	LoadingPageTouchPointVariant      LoadingPageTouchPointVariant      `json:"loadingPageTouchPointVariant,omitzero"`
	BackgroundImage                   string                            `json:"backgroundImage,omitzero"`
	Links                             Links                             `json:"_links,omitzero"`
	Extra                             Extra                             `json:"-"`
}

// ImageUploadResponse is the URL of an uploaded theme image.
type ImageUploadResponse struct {
	URL   string `json:"url,omitzero"`
	Extra Extra  `json:"-"`
}

// ReplaceRequest returns the body that BrandsService.Replace takes for b: the members Okta's PUT accepts.
func (b *Brand) ReplaceRequest() *ReplaceBrandRequest {
	return &ReplaceBrandRequest{Name: b.Name, Locale: b.Locale, EmailDomainID: b.EmailDomainID,
		CustomPrivacyPolicyURL: b.CustomPrivacyPolicyURL, AgreeToCustomPrivacyPolicy: new(b.AgreeToCustomPrivacyPolicy),
		RemovePoweredByOkta: new(b.RemovePoweredByOkta), DefaultApp: b.DefaultApp}
}

// ReplaceRequest returns the body that BrandsService.Replace takes for b: the members Okta's PUT accepts.
func (b *BrandWithEmbedded) ReplaceRequest() *ReplaceBrandRequest {
	return &ReplaceBrandRequest{Name: b.Name, Locale: b.Locale, EmailDomainID: b.EmailDomainID,
		CustomPrivacyPolicyURL: b.CustomPrivacyPolicyURL, AgreeToCustomPrivacyPolicy: new(b.AgreeToCustomPrivacyPolicy),
		RemovePoweredByOkta: new(b.RemovePoweredByOkta), DefaultApp: b.DefaultApp}
}

// ReplaceRequest returns the body that BrandsService.ReplaceTheme takes for t: its colors, variants and
// background image.
func (t *ThemeResponse) ReplaceRequest() *ReplaceThemeRequest {
	return &ReplaceThemeRequest{
		PrimaryColorHex: t.PrimaryColorHex, PrimaryColorContrastHex: t.PrimaryColorContrastHex,
		SecondaryColorHex: t.SecondaryColorHex, SecondaryColorContrastHex: t.SecondaryColorContrastHex,
		SignInPageTouchPointVariant: t.SignInPageTouchPointVariant, EndUserDashboardTouchPointVariant: t.EndUserDashboardTouchPointVariant,
		ErrorPageTouchPointVariant: t.ErrorPageTouchPointVariant, EmailTemplateTouchPointVariant: t.EmailTemplateTouchPointVariant,
		LoadingPageTouchPointVariant: t.LoadingPageTouchPointVariant, BackgroundImage: t.BackgroundImage,
	}
}
