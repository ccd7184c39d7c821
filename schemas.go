package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// SchemasService manages profile schemas: the attributes of user profiles (of the default user type or
// another), of group profiles and of app user profiles, which the Profile Editor shows. It also reads the
// schemas of log stream settings and the UI layouts of an app's settings. Reach it as client.Schemas.
//
// Schema updates are partial: send only the attributes to add or change. To remove a custom attribute, send
// it as null, that is as a nil entry of the custom properties:
//
//	update := &okta.UserSchema{Definitions: &okta.UserSchemaDefinitions{Custom: &okta.UserSchemaPublic{
//		Properties: map[string]*okta.UserSchemaAttribute{"twitterUserName": nil},
//	}}}
//	client.Schemas.UpdateUserSchema(ctx, "default", update)
type SchemasService service

// GetAppUISchemaLinks retrieves the links to the UI layouts of the sections (general, sign-on, provisioning)
// of the settings of the app named appName (its key in the Okta Integration Network, such as "oidc_client").
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation getAppUISchemaLinks GET /api/v1/meta/layouts/apps/{appName}
func (s *SchemasService) GetAppUISchemaLinks(ctx context.Context, appName string) (*ApplicationLayouts, *Response, error) {
	return send[*ApplicationLayouts](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/layouts/apps/{appName}", appName))
}

// GetAppUISchema retrieves the UI layout of a section (such as "general") of the settings of the app named
// appName, for an operation (such as "create" or "edit").
//
// Okta's current API description no longer lists this operation, which the 5.1.0 description has; the method
// is kept for orgs that still serve it.
//
//okta:operation getAppUISchema GET /api/v1/meta/layouts/apps/{appName}/sections/{section}/{operation}
func (s *SchemasService) GetAppUISchema(ctx context.Context, appName, section, operation string) (*ApplicationLayout, *Response, error) {
	return send[*ApplicationLayout](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/layouts/apps/{appName}/sections/{section}/{operation}", appName, section, operation))
}

// GetAppUserSchema retrieves the schema of the app user profiles of the app appID: the attributes Okta keeps
// for each user assigned to the app.
//
//okta:operation getApplicationUserSchema GET /api/v1/meta/schemas/apps/{appId}/default
func (s *SchemasService) GetAppUserSchema(ctx context.Context, appID string) (*UserSchema, *Response, error) {
	return send[*UserSchema](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/schemas/apps/{appId}/default", appID))
}

// UpdateAppUserSchema adds, changes or (with nil entries) removes custom attributes of the app user profiles
// of the app appID, and returns the schema. Attributes left out are unchanged.
//
//okta:operation updateApplicationUserProfile POST /api/v1/meta/schemas/apps/{appId}/default
func (s *SchemasService) UpdateAppUserSchema(ctx context.Context, appID string, schema *UserSchema) (*UserSchema, *Response, error) {
	return send[*UserSchema](ctx, s.client, newRequest(http.MethodPost, "/api/v1/meta/schemas/apps/{appId}/default", appID).withBody(schema))
}

// GetGroupSchema retrieves the schema of group profiles.
//
//okta:operation getGroupSchema GET /api/v1/meta/schemas/group/default
func (s *SchemasService) GetGroupSchema(ctx context.Context) (*GroupSchema, *Response, error) {
	return send[*GroupSchema](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/schemas/group/default"))
}

// UpdateGroupSchema adds, changes or (with nil entries) removes custom attributes of group profiles, and
// returns the schema. Attributes left out are unchanged.
//
//okta:operation updateGroupSchema POST /api/v1/meta/schemas/group/default
func (s *SchemasService) UpdateGroupSchema(ctx context.Context, schema *GroupSchema) (*GroupSchema, *Response, error) {
	return send[*GroupSchema](ctx, s.client, newRequest(http.MethodPost, "/api/v1/meta/schemas/group/default").withBody(schema))
}

// ListLogStreamSchemas returns the schemas of the settings of every kind of log stream the org can use.
//
//okta:operation listLogStreamSchemas GET /api/v1/meta/schemas/logStream
func (s *SchemasService) ListLogStreamSchemas(ctx context.Context) ([]LogStreamSchema, *Response, error) {
	return send[[]LogStreamSchema](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/schemas/logStream"))
}

// GetLogStreamSchema retrieves the schema of the settings of a kind of log stream: logStreamType is
// "aws_eventbridge" or "splunk_cloud_logstreaming".
//
//okta:operation getLogStreamSchema GET /api/v1/meta/schemas/logStream/{logStreamType}
func (s *SchemasService) GetLogStreamSchema(ctx context.Context, logStreamType string) (*LogStreamSchema, *Response, error) {
	return send[*LogStreamSchema](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/schemas/logStream/{logStreamType}", logStreamType))
}

// GetUserSchema retrieves a schema of user profiles: schemaID is "default" for the default user type, or the
// ID of another user type's schema (the last segment of its Links.Href("schema")).
//
//okta:operation getUserSchema GET /api/v1/meta/schemas/user/{schemaId}
func (s *SchemasService) GetUserSchema(ctx context.Context, schemaID string) (*UserSchema, *Response, error) {
	return send[*UserSchema](ctx, s.client, newRequest(http.MethodGet, "/api/v1/meta/schemas/user/{schemaId}", schemaID))
}

// UpdateUserSchema adds, changes or (with nil entries) removes custom attributes of a schema of user
// profiles, or changes base attributes' permissions, and returns the schema. Attributes left out are
// unchanged. Sending back a whole schema from GetUserSchema works too.
//
//okta:operation updateUserProfile POST /api/v1/meta/schemas/user/{schemaId}
func (s *SchemasService) UpdateUserSchema(ctx context.Context, schemaID string, schema *UserSchema) (*UserSchema, *Response, error) {
	return send[*UserSchema](ctx, s.client, newRequest(http.MethodPost, "/api/v1/meta/schemas/user/{schemaId}", schemaID).withBody(schema))
}

// UserSchema is a JSON Schema of user profiles, or of app user profiles: the base attributes Okta defines
// and the custom ones the org adds.
type UserSchema struct {
	ID string `json:"id,omitzero"`
	// Schema is the JSON Schema version the schema follows.
	Schema string `json:"$schema,omitzero"`
	Name   string `json:"name,omitzero"`
	Title  string `json:"title,omitzero"`
	// Description is not in the 5.1.0 schema; Okta sends it.
	Description string                 `json:"description,omitzero"`
	Type        string                 `json:"type,omitzero"`
	Created     time.Time              `json:"created,omitzero"`
	LastUpdated time.Time              `json:"lastUpdated,omitzero"`
	Definitions *UserSchemaDefinitions `json:"definitions,omitzero"`
	Properties  *UserSchemaProperties  `json:"properties,omitzero"`
	Links       Links                  `json:"_links,omitzero"`
	Extra       Extra                  `json:"-"`
}

// UserSchemaDefinitions are the two sets of attributes of a user schema.
type UserSchemaDefinitions struct {
	Base   *UserSchemaBase   `json:"base,omitzero"`
	Custom *UserSchemaPublic `json:"custom,omitzero"`
	Extra  Extra             `json:"-"`
}

// UserSchemaBase is the set of base attributes of a user schema, which Okta defines.
type UserSchemaBase struct {
	ID         string                   `json:"id,omitzero"`
	Type       string                   `json:"type,omitzero"`
	Properties UserSchemaBaseProperties `json:"properties,omitzero"`
	// Required names the attributes that must have a value.
	Required []string `json:"required,omitzero"`
	Extra    Extra    `json:"-"`
}

// UserSchemaBaseProperties are the base attributes of a user schema, by name: login, firstName, lastName,
// email, ... for user profiles; those of the app (such as userName) for app user profiles.
type UserSchemaBaseProperties map[string]*UserSchemaAttribute

// UserSchemaPublic is the set of custom attributes of a user schema, which the org defines.
type UserSchemaPublic struct {
	ID string `json:"id,omitzero"`
	// Properties are the custom attributes by name. In an update, a nil attribute is sent as null, which
	// removes it.
	Properties map[string]*UserSchemaAttribute `json:"properties,omitzero"`
	Required   []string                        `json:"required,omitzero"`
	Type       string                          `json:"type,omitzero"`
	Extra      Extra                           `json:"-"`
}

// UserSchemaAttribute is an attribute of a user schema.
type UserSchemaAttribute struct {
	Title       string                  `json:"title,omitzero"`
	Description string                  `json:"description,omitzero"`
	Type        UserSchemaAttributeType `json:"type,omitzero"`
	// Format is a format of a string attribute (email, uri, date-time, country-code, ...). It is not in the
	// 5.1.0 schema; Okta sends it.
	Format   UserSchemaAttributeFormat `json:"format,omitzero"`
	Required *bool                     `json:"required,omitzero"`
	// Mutability says whether the attribute may be read and written.
	Mutability UserSchemaAttributeMutability `json:"mutability,omitzero"`
	Scope      UserSchemaAttributeScope      `json:"scope,omitzero"`
	MinLength  *int                          `json:"minLength,omitzero"`
	MaxLength  *int                          `json:"maxLength,omitzero"`
	Pattern    string                        `json:"pattern,omitzero"`
	Enum       []string                      `json:"enum,omitzero"`
	OneOf      []UserSchemaAttributeEnum     `json:"oneOf,omitzero"`
	// Items describes the elements of an array attribute.
	Items       *UserSchemaAttributeItems       `json:"items,omitzero"`
	Permissions []UserSchemaAttributePermission `json:"permissions,omitzero"`
	// Master says which source the attribute's value comes from.
	Master *UserSchemaAttributeMaster `json:"master,omitzero"`
	// Union says whether an app user profile attribute that several groups set combines their values.
	Union UserSchemaAttributeUnion `json:"union,omitzero"`
	// Unique is UNIQUE_VALIDATED or NOT_UNIQUE.
	Unique            string `json:"unique,omitzero"`
	ExternalName      string `json:"externalName,omitzero"`
	ExternalNamespace string `json:"externalNamespace,omitzero"`
	// Default is the value a custom attribute takes when a user is created or updated without one, as JSON: a
	// string, boolean, number, array or object, kept exactly as Okta sends it (json.RawMessage(`"US"`),
	// json.RawMessage(`false`), ...).
	Default json.RawMessage `json:"default,omitzero"`
	Extra   Extra           `json:"-"`
}

// UserSchemaAttributeType is the JSON type of a schema attribute.
type UserSchemaAttributeType string

// UserSchemaAttributeType values.
const (
	UserSchemaAttributeTypeArray   UserSchemaAttributeType = "array"
	UserSchemaAttributeTypeBoolean UserSchemaAttributeType = "boolean"
	UserSchemaAttributeTypeInteger UserSchemaAttributeType = "integer"
	UserSchemaAttributeTypeNumber  UserSchemaAttributeType = "number"
	UserSchemaAttributeTypeString  UserSchemaAttributeType = "string"
)

// UserSchemaAttributeFormat is the format of a string attribute of a user or group schema: what its values
// must look like. Okta may add formats; they decode as they are.
type UserSchemaAttributeFormat string

// UserSchemaAttributeFormat values.
const (
	// UserSchemaAttributeFormatCountryCode is an ISO 3166-1 alpha-2 country code ("US").
	UserSchemaAttributeFormatCountryCode UserSchemaAttributeFormat = "country-code"
	// UserSchemaAttributeFormatDateTime is an ISO 8601 date and time.
	UserSchemaAttributeFormatDateTime UserSchemaAttributeFormat = "date-time"
	// UserSchemaAttributeFormatEmail is an email address.
	UserSchemaAttributeFormatEmail UserSchemaAttributeFormat = "email"
	// UserSchemaAttributeFormatEncrypted is an encrypted value.
	UserSchemaAttributeFormatEncrypted UserSchemaAttributeFormat = "encrypted"
	// UserSchemaAttributeFormatHashed is a hashed value.
	UserSchemaAttributeFormatHashed UserSchemaAttributeFormat = "hashed"
	// UserSchemaAttributeFormatLanguageCode is an ISO 639-1 language code ("en").
	UserSchemaAttributeFormatLanguageCode UserSchemaAttributeFormat = "language-code"
	// UserSchemaAttributeFormatLocale is a locale such as "en_US".
	UserSchemaAttributeFormatLocale UserSchemaAttributeFormat = "locale"
	// UserSchemaAttributeFormatRefID is a reference: the ID of another object.
	UserSchemaAttributeFormatRefID UserSchemaAttributeFormat = "ref-id"
	// UserSchemaAttributeFormatTimezone is an IANA time zone name ("America/Los_Angeles").
	UserSchemaAttributeFormatTimezone UserSchemaAttributeFormat = "timezone"
	// UserSchemaAttributeFormatURI is a URI.
	UserSchemaAttributeFormatURI UserSchemaAttributeFormat = "uri"
)

// UserSchemaAttributeMutability says whether an attribute of a user or group schema may be read and written.
type UserSchemaAttributeMutability string

// UserSchemaAttributeMutability values.
const (
	// UserSchemaAttributeMutabilityImmutable is set once and never changed.
	UserSchemaAttributeMutabilityImmutable UserSchemaAttributeMutability = "IMMUTABLE"
	// UserSchemaAttributeMutabilityReadOnly may be read and not written.
	UserSchemaAttributeMutabilityReadOnly UserSchemaAttributeMutability = "READ_ONLY"
	// UserSchemaAttributeMutabilityReadWrite may be read and written.
	UserSchemaAttributeMutabilityReadWrite UserSchemaAttributeMutability = "READ_WRITE"
	// UserSchemaAttributeMutabilityWriteOnly may be written and not read.
	UserSchemaAttributeMutabilityWriteOnly UserSchemaAttributeMutability = "WRITE_ONLY"
)

// UserSchemaAttributeScope says whether an attribute is personal to the user (SELF) or not (NONE).
type UserSchemaAttributeScope string

// UserSchemaAttributeScope values.
const (
	UserSchemaAttributeScopeNone UserSchemaAttributeScope = "NONE"
	UserSchemaAttributeScopeSelf UserSchemaAttributeScope = "SELF"
)

// UserSchemaAttributeUnion says whether group values of an app user profile attribute are combined.
type UserSchemaAttributeUnion string

// UserSchemaAttributeUnion values.
const (
	UserSchemaAttributeUnionDisable UserSchemaAttributeUnion = "DISABLE"
	UserSchemaAttributeUnionEnable  UserSchemaAttributeUnion = "ENABLE"
)

// UserSchemaAttributeEnum is one allowed value of an attribute, with its display name.
type UserSchemaAttributeEnum struct {
	Const string `json:"const,omitzero"`
	Title string `json:"title,omitzero"`
	Extra Extra  `json:"-"`
}

// UserSchemaAttributeItems describes the elements of an array attribute.
type UserSchemaAttributeItems struct {
	Type  string                    `json:"type,omitzero"`
	Enum  []string                  `json:"enum,omitzero"`
	OneOf []UserSchemaAttributeEnum `json:"oneOf,omitzero"`
	Extra Extra                     `json:"-"`
}

// UserSchemaAttributePermission is what a principal (SELF: the user) may do with an attribute: HIDE,
// READ_ONLY or READ_WRITE.
type UserSchemaAttributePermission struct {
	Principal string `json:"principal,omitzero"`
	Action    string `json:"action,omitzero"`
	Extra     Extra  `json:"-"`
}

// UserSchemaAttributeMaster says which source an attribute's value comes from: Okta, the profile master, or
// the sources in Priority, in order.
type UserSchemaAttributeMaster struct {
	Type     UserSchemaAttributeMasterType       `json:"type,omitzero"`
	Priority []UserSchemaAttributeMasterPriority `json:"priority,omitzero"`
	Extra    Extra                               `json:"-"`
}

// UserSchemaAttributeMasterType is the kind of source of an attribute's value.
type UserSchemaAttributeMasterType string

// UserSchemaAttributeMasterType values.
const (
	UserSchemaAttributeMasterTypeOkta          UserSchemaAttributeMasterType = "OKTA"
	UserSchemaAttributeMasterTypeOverride      UserSchemaAttributeMasterType = "OVERRIDE"
	UserSchemaAttributeMasterTypeProfileMaster UserSchemaAttributeMasterType = "PROFILE_MASTER"
)

// UserSchemaAttributeMasterPriority is one source of an attribute's value, such as an app (Type "APP",
// Value its ID).
type UserSchemaAttributeMasterPriority struct {
	Type  string `json:"type,omitzero"`
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// UserSchemaProperties says how a schema's profile is made of its definitions.
type UserSchemaProperties struct {
	Profile *UserSchemaPropertiesProfile `json:"profile,omitzero"`
	Extra   Extra                        `json:"-"`
}

// UserSchemaPropertiesProfile is a profile made of all the definitions it references.
type UserSchemaPropertiesProfile struct {
	AllOf []UserSchemaPropertiesProfileItem `json:"allOf,omitzero"`
	Extra Extra                             `json:"-"`
}

// UserSchemaPropertiesProfileItem references a definition, such as "#/definitions/custom".
type UserSchemaPropertiesProfileItem struct {
	Ref   string `json:"$ref,omitzero"`
	Extra Extra  `json:"-"`
}

// GroupSchema is the JSON Schema of group profiles: the base attributes Okta defines (name, description) and
// the custom ones the org adds.
type GroupSchema struct {
	ID string `json:"id,omitzero"`
	// Schema is the JSON Schema version the schema follows.
	Schema      string                  `json:"$schema,omitzero"`
	Name        string                  `json:"name,omitzero"`
	Title       string                  `json:"title,omitzero"`
	Description string                  `json:"description,omitzero"`
	Type        string                  `json:"type,omitzero"`
	Created     time.Time               `json:"created,omitzero"`
	LastUpdated time.Time               `json:"lastUpdated,omitzero"`
	Definitions *GroupSchemaDefinitions `json:"definitions,omitzero"`
	Properties  *UserSchemaProperties   `json:"properties,omitzero"`
	Links       Links                   `json:"_links,omitzero"`
	Extra       Extra                   `json:"-"`
}

// GroupSchemaDefinitions are the two sets of attributes of the group schema.
type GroupSchemaDefinitions struct {
	Base   *GroupSchemaBase   `json:"base,omitzero"`
	Custom *GroupSchemaCustom `json:"custom,omitzero"`
	Extra  Extra              `json:"-"`
}

// GroupSchemaBase is the set of base attributes of the group schema.
type GroupSchemaBase struct {
	ID         string                    `json:"id,omitzero"`
	Type       string                    `json:"type,omitzero"`
	Properties GroupSchemaBaseProperties `json:"properties,omitzero"`
	Required   []string                  `json:"required,omitzero"`
	Extra      Extra                     `json:"-"`
}

// GroupSchemaBaseProperties are the base attributes of the group schema by name: name and description.
type GroupSchemaBaseProperties map[string]*GroupSchemaAttribute

// GroupSchemaCustom is the set of custom attributes of the group schema.
type GroupSchemaCustom struct {
	ID string `json:"id,omitzero"`
	// Properties are the custom attributes by name. In an update, a nil attribute is sent as null, which
	// removes it.
	Properties map[string]*GroupSchemaAttribute `json:"properties,omitzero"`
	Required   []string                         `json:"required,omitzero"`
	Type       string                           `json:"type,omitzero"`
	Extra      Extra                            `json:"-"`
}

// GroupSchemaAttribute is an attribute of the group schema.
type GroupSchemaAttribute struct {
	Title       string                  `json:"title,omitzero"`
	Description string                  `json:"description,omitzero"`
	Type        UserSchemaAttributeType `json:"type,omitzero"`
	// Format is a format of a string attribute. It is not in the 5.1.0 schema.
	Format   UserSchemaAttributeFormat `json:"format,omitzero"`
	Required *bool                     `json:"required,omitzero"`
	// Mutability says whether the attribute may be read and written.
	Mutability  UserSchemaAttributeMutability   `json:"mutability,omitzero"`
	Scope       UserSchemaAttributeScope        `json:"scope,omitzero"`
	MinLength   *int                            `json:"minLength,omitzero"`
	MaxLength   *int                            `json:"maxLength,omitzero"`
	Enum        []string                        `json:"enum,omitzero"`
	OneOf       []UserSchemaAttributeEnum       `json:"oneOf,omitzero"`
	Items       *UserSchemaAttributeItems       `json:"items,omitzero"`
	Permissions []UserSchemaAttributePermission `json:"permissions,omitzero"`
	Master      *UserSchemaAttributeMaster      `json:"master,omitzero"`
	Union       UserSchemaAttributeUnion        `json:"union,omitzero"`
	// Unique is UNIQUE_VALIDATED or NOT_UNIQUE.
	Unique            string `json:"unique,omitzero"`
	ExternalName      string `json:"externalName,omitzero"`
	ExternalNamespace string `json:"externalNamespace,omitzero"`
	Extra             Extra  `json:"-"`
}

// LogStreamSchema is the JSON Schema of the settings of a kind of log stream. Its Properties and
// ErrorMessage are JSON Schema objects, kept as Okta sent them; read them with Get.
type LogStreamSchema struct {
	ID string `json:"id,omitzero"`
	// SchemaID is the schema's URL. It is not in the 5.1.0 schema, which names "id"; the examples, and Okta,
	// send "$id".
	SchemaID string `json:"$id,omitzero"`
	// Schema is the JSON Schema version the schema follows.
	Schema       string    `json:"$schema,omitzero"`
	Name         string    `json:"name,omitzero"`
	Title        string    `json:"title,omitzero"`
	Type         string    `json:"type,omitzero"`
	Created      time.Time `json:"created,omitzero"`
	LastUpdated  time.Time `json:"lastUpdated,omitzero"`
	Properties   Extra     `json:"properties,omitzero"`
	Required     []string  `json:"required,omitzero"`
	ErrorMessage Extra     `json:"errorMessage,omitzero"`
	Links        Links     `json:"_links,omitzero"`
	Extra        Extra     `json:"-"`
}

// ApplicationLayouts links to the UI layouts of the sections of an app's settings: Links.Href("general"),
// Links.Href("signOn"), Links.Href("provisioning").
type ApplicationLayouts struct {
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// ApplicationLayout is the UI layout of a section of an app's settings, in the JSON Forms format. Its
// elements and options are free-form objects, kept as Okta sent them.
type ApplicationLayout struct {
	Label    string                 `json:"label,omitzero"`
	Type     string                 `json:"type,omitzero"`
	Scope    string                 `json:"scope,omitzero"`
	Elements []Extra                `json:"elements,omitzero"`
	Options  Extra                  `json:"options,omitzero"`
	Rule     *ApplicationLayoutRule `json:"rule,omitzero"`
	Extra    Extra                  `json:"-"`
}

// ApplicationLayoutRule shows, hides, enables or disables a layout element when its condition holds.
type ApplicationLayoutRule struct {
	Effect    string                          `json:"effect,omitzero"`
	Condition *ApplicationLayoutRuleCondition `json:"condition,omitzero"`
	Extra     Extra                           `json:"-"`
}

// ApplicationLayoutRuleCondition is the condition of a layout rule: the value at Scope matches Schema.
type ApplicationLayoutRuleCondition struct {
	Scope  string `json:"scope,omitzero"`
	Schema Extra  `json:"schema,omitzero"`
	Extra  Extra  `json:"-"`
}
