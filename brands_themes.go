package okta

import (
	"context"
	"io"
	"net/http"
)

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
func (s *BrandsService) ReplaceTheme(ctx context.Context, brandID, themeID string, theme *Theme) (*ThemeResponse, *Response, error) {
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

// Theme is the body of BrandsService.ReplaceTheme: a theme's colors and touch-point variants. BackgroundImage
// and Links are read-only; Okta ignores them.
type Theme struct {
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
