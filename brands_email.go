package okta

import (
	"context"
	"net/http"
	"time"
)

// ListEmailTemplates returns one page of the email templates of a brand: one per kind of email Okta sends
// (UserActivation, ForgotPassword, ...). Pass resp.After back in opts.After to fetch the next page, or use
// ListEmailTemplatesIter.
//
//okta:operation listEmailTemplates GET /api/v1/brands/{brandId}/templates/email
func (s *BrandsService) ListEmailTemplates(ctx context.Context, brandID string, opts *ListEmailTemplatesOptions) ([]EmailTemplate, *Response, error) {
	return send[[]EmailTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email", brandID).withQuery(opts))
}

// ListEmailTemplatesIter returns an iterator over all the email templates of a brand, fetching pages as it
// goes.
func (s *BrandsService) ListEmailTemplatesIter(ctx context.Context, brandID string, opts *ListEmailTemplatesOptions) *Iterator[EmailTemplate] {
	return newIterator[EmailTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email", brandID).withQuery(opts))
}

// GetEmailTemplate retrieves an email template of a brand by name, such as "UserActivation".
//
//okta:operation getEmailTemplate GET /api/v1/brands/{brandId}/templates/email/{templateName}
func (s *BrandsService) GetEmailTemplate(ctx context.Context, brandID, templateName string, opts *GetEmailTemplateOptions) (*EmailTemplate, *Response, error) {
	return send[*EmailTemplate](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}", brandID, templateName).withQuery(opts))
}

// ListEmailCustomizations returns one page of the customizations of an email template: its subject and body
// in each language the brand customized. Pass resp.After back in opts.After to fetch the next page, or use
// ListEmailCustomizationsIter.
//
//okta:operation listEmailCustomizations GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations
func (s *BrandsService) ListEmailCustomizations(ctx context.Context, brandID, templateName string, opts *ListEmailCustomizationsOptions) ([]EmailCustomization, *Response, error) {
	return send[[]EmailCustomization](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/customizations", brandID, templateName).withQuery(opts))
}

// ListEmailCustomizationsIter returns an iterator over all the customizations of an email template,
// fetching pages as it goes.
func (s *BrandsService) ListEmailCustomizationsIter(ctx context.Context, brandID, templateName string, opts *ListEmailCustomizationsOptions) *Iterator[EmailCustomization] {
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
func (s *BrandsService) GetEmailDefaultContent(ctx context.Context, brandID, templateName string, opts *GetEmailDefaultContentOptions) (*EmailDefaultContent, *Response, error) {
	return send[*EmailDefaultContent](ctx, s.client, newRequest(http.MethodGet, "/api/v1/brands/{brandId}/templates/email/{templateName}/default-content", brandID, templateName).withQuery(opts))
}

// GetEmailDefaultContentPreview returns Okta's default content of an email template as the current user
// would receive it, its variable references filled in, in opts.Language (the user's language when unset).
//
//okta:operation getEmailDefaultPreview GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content/preview
func (s *BrandsService) GetEmailDefaultContentPreview(ctx context.Context, brandID, templateName string, opts *GetEmailDefaultContentPreviewOptions) (*EmailPreview, *Response, error) {
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
func (s *BrandsService) SendTestEmail(ctx context.Context, brandID, templateName string, opts *SendTestEmailOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/brands/{brandId}/templates/email/{templateName}/test", brandID, templateName).withQuery(opts))
}

// EmailTemplateExpand names related resources to embed in an email template.
type EmailTemplateExpand string

// EmailTemplateExpand values.
const (
	EmailTemplateExpandSettings           EmailTemplateExpand = "settings"
	EmailTemplateExpandCustomizationCount EmailTemplateExpand = "customizationCount"
)

// ListEmailTemplatesOptions are the parameters of BrandsService.ListEmailTemplates.
type ListEmailTemplatesOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
	// Expand embeds related resources in each template's Embedded.
	Expand []EmailTemplateExpand `url:"expand"`
}

// GetEmailTemplateOptions are the parameters of BrandsService.GetEmailTemplate.
type GetEmailTemplateOptions struct {
	// Expand embeds related resources in the template's Embedded.
	Expand []EmailTemplateExpand `url:"expand"`
}

// ListEmailCustomizationsOptions are the parameters of BrandsService.ListEmailCustomizations.
type ListEmailCustomizationsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
}

// GetEmailDefaultContentOptions are the parameters of BrandsService.GetEmailDefaultContent.
type GetEmailDefaultContentOptions struct {
	// Language is an IETF BCP 47 language tag such as "fr".
	Language string `url:"language"`
}

// GetEmailDefaultContentPreviewOptions are the parameters of BrandsService.GetEmailDefaultContentPreview.
type GetEmailDefaultContentPreviewOptions struct {
	// Language is an IETF BCP 47 language tag such as "fr".
	Language string `url:"language"`
}

// SendTestEmailOptions are the parameters of BrandsService.SendTestEmail.
type SendTestEmailOptions struct {
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
