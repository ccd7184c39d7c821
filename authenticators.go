package okta

import (
	"context"
	"net/http"
	"time"
)

// AuthenticatorsService manages the org's authenticators (password, email, phone, Okta Verify, security keys,
// Duo, custom app authenticators, ...) and the methods each offers (sms and voice for phone, push and
// signed_nonce for Okta Verify, ...). Reach it as client.Authenticators.
type AuthenticatorsService service

// GetWellKnownAppAuthenticatorConfiguration returns the configuration of the custom app authenticators that
// the OAuth 2.0 client opts.OAuthClientID (required) may enroll: what a custom authenticator app needs to set
// itself up. The endpoint is public.
//
//okta:operation getWellKnownAppAuthenticatorConfiguration GET /.well-known/app-authenticator-configuration
func (s *AuthenticatorsService) GetWellKnownAppAuthenticatorConfiguration(ctx context.Context, opts *AuthenticatorsGetWellKnownAppAuthenticatorConfigurationOptions) ([]WellKnownAppAuthenticatorConfiguration, *Response, error) {
	return send[[]WellKnownAppAuthenticatorConfiguration](ctx, s.client, newRequest(http.MethodGet, "/.well-known/app-authenticator-configuration").withQuery(opts))
}

// List returns all the authenticators of the org. The list is not paginated.
//
//okta:operation listAuthenticators GET /api/v1/authenticators
func (s *AuthenticatorsService) List(ctx context.Context) ([]Authenticator, *Response, error) {
	return send[[]Authenticator](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authenticators"))
}

// Create creates an authenticator, such as Duo or a custom app authenticator, from authenticator's Key, Name,
// Provider and Settings. Okta creates it inactive unless opts.Activate is true.
//
//okta:operation createAuthenticator POST /api/v1/authenticators
func (s *AuthenticatorsService) Create(ctx context.Context, authenticator *Authenticator, opts *AuthenticatorsCreateOptions) (*Authenticator, *Response, error) {
	return send[*Authenticator](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authenticators").withBody(authenticator).withQuery(opts))
}

// Get retrieves an authenticator by ID.
//
//okta:operation getAuthenticator GET /api/v1/authenticators/{authenticatorId}
func (s *AuthenticatorsService) Get(ctx context.Context, authenticatorID string) (*Authenticator, *Response, error) {
	return send[*Authenticator](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authenticators/{authenticatorId}", authenticatorID))
}

// Replace replaces the name, settings and provider of an authenticator. Start from what Get returned: every
// member Okta sent is sent back.
//
//okta:operation replaceAuthenticator PUT /api/v1/authenticators/{authenticatorId}
func (s *AuthenticatorsService) Replace(ctx context.Context, authenticatorID string, authenticator *Authenticator) (*Authenticator, *Response, error) {
	return send[*Authenticator](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authenticators/{authenticatorId}", authenticatorID).withBody(authenticator))
}

// Activate activates an authenticator and returns it.
//
//okta:operation activateAuthenticator POST /api/v1/authenticators/{authenticatorId}/lifecycle/activate
func (s *AuthenticatorsService) Activate(ctx context.Context, authenticatorID string) (*Authenticator, *Response, error) {
	return send[*Authenticator](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authenticators/{authenticatorId}/lifecycle/activate", authenticatorID))
}

// Deactivate deactivates an authenticator and returns it. Okta refuses while a policy requires it.
//
//okta:operation deactivateAuthenticator POST /api/v1/authenticators/{authenticatorId}/lifecycle/deactivate
func (s *AuthenticatorsService) Deactivate(ctx context.Context, authenticatorID string) (*Authenticator, *Response, error) {
	return send[*Authenticator](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authenticators/{authenticatorId}/lifecycle/deactivate", authenticatorID))
}

// ListMethods returns the methods of an authenticator. A method of a type this SDK does not know is an
// *UnknownAuthenticatorMethod.
//
//okta:operation listAuthenticatorMethods GET /api/v1/authenticators/{authenticatorId}/methods
func (s *AuthenticatorsService) ListMethods(ctx context.Context, authenticatorID string) ([]AuthenticatorMethod, *Response, error) {
	return send[[]AuthenticatorMethod](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authenticators/{authenticatorId}/methods", authenticatorID))
}

// GetMethod retrieves the method methodType of an authenticator.
//
//okta:operation getAuthenticatorMethod GET /api/v1/authenticators/{authenticatorId}/methods/{methodType}
func (s *AuthenticatorsService) GetMethod(ctx context.Context, authenticatorID string, methodType AuthenticatorMethodType) (AuthenticatorMethod, *Response, error) {
	return send[AuthenticatorMethod](ctx, s.client, newRequest(http.MethodGet, "/api/v1/authenticators/{authenticatorId}/methods/{methodType}", authenticatorID, string(methodType)))
}

// ReplaceMethod replaces the settings of the method methodType of an authenticator with those of method.
//
//okta:operation replaceAuthenticatorMethod PUT /api/v1/authenticators/{authenticatorId}/methods/{methodType}
func (s *AuthenticatorsService) ReplaceMethod(ctx context.Context, authenticatorID string, methodType AuthenticatorMethodType, method AuthenticatorMethod) (AuthenticatorMethod, *Response, error) {
	return send[AuthenticatorMethod](ctx, s.client, newRequest(http.MethodPut, "/api/v1/authenticators/{authenticatorId}/methods/{methodType}", authenticatorID, string(methodType)).withBody(method))
}

// ActivateMethod activates the method methodType of an authenticator and returns it.
//
//okta:operation activateAuthenticatorMethod POST /api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/activate
func (s *AuthenticatorsService) ActivateMethod(ctx context.Context, authenticatorID string, methodType AuthenticatorMethodType) (AuthenticatorMethod, *Response, error) {
	return send[AuthenticatorMethod](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/activate", authenticatorID, string(methodType)))
}

// DeactivateMethod deactivates the method methodType of an authenticator and returns it.
//
//okta:operation deactivateAuthenticatorMethod POST /api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/deactivate
func (s *AuthenticatorsService) DeactivateMethod(ctx context.Context, authenticatorID string, methodType AuthenticatorMethodType) (AuthenticatorMethod, *Response, error) {
	return send[AuthenticatorMethod](ctx, s.client, newRequest(http.MethodPost, "/api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/deactivate", authenticatorID, string(methodType)))
}

// AuthenticatorsGetWellKnownAppAuthenticatorConfigurationOptions are the parameters of
// AuthenticatorsService.GetWellKnownAppAuthenticatorConfiguration.
type AuthenticatorsGetWellKnownAppAuthenticatorConfigurationOptions struct {
	// OAuthClientID is the client ID of the custom authenticator app (required).
	OAuthClientID string `url:"oauthClientId"`
}

// AuthenticatorsCreateOptions are the parameters of AuthenticatorsService.Create.
type AuthenticatorsCreateOptions struct {
	// Activate, when true, activates the new authenticator (Okta's default is false).
	Activate *bool `url:"activate"`
}

// AuthenticatorType is the kind of an authenticator.
type AuthenticatorType string

// AuthenticatorType values. Okta may send others; they decode as they are.
const (
	AuthenticatorTypeApp              AuthenticatorType = "app"
	AuthenticatorTypeEmail            AuthenticatorType = "email"
	AuthenticatorTypeFederated        AuthenticatorType = "federated"
	AuthenticatorTypePassword         AuthenticatorType = "password"
	AuthenticatorTypePhone            AuthenticatorType = "phone"
	AuthenticatorTypeSecurityKey      AuthenticatorType = "security_key"
	AuthenticatorTypeSecurityQuestion AuthenticatorType = "security_question"
)

// Authenticator is an authenticator of the org.
type Authenticator struct {
	ID string `json:"id,omitzero"`
	// Key says which authenticator it is: okta_password, okta_email, phone_number, okta_verify, webauthn,
	// security_question, google_otp, duo, custom_app, external_idp, ...
	Key  string            `json:"key,omitzero"`
	Name string            `json:"name,omitzero"`
	Type AuthenticatorType `json:"type,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status      LifecycleStatus        `json:"status,omitzero"`
	Created     time.Time              `json:"created,omitzero"`
	LastUpdated time.Time              `json:"lastUpdated,omitzero"`
	Provider    *AuthenticatorProvider `json:"provider,omitzero"`
	Settings    *AuthenticatorSettings `json:"settings,omitzero"`
	// Links has self, methods, activate or deactivate.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// AuthenticatorProvider is the third-party service behind an authenticator (DUO, RADIUS, ...).
type AuthenticatorProvider struct {
	Type          string                              `json:"type,omitzero"`
	Configuration *AuthenticatorProviderConfiguration `json:"configuration,omitzero"`
	Extra         Extra                               `json:"-"`
}

// AuthenticatorProviderConfiguration is how Okta reaches an authenticator's provider: a RADIUS server
// (HostName, AuthPort, SharedSecret, InstanceID) or Duo (Host, IntegrationKey, SecretKey).
type AuthenticatorProviderConfiguration struct {
	AuthPort     int    `json:"authPort,omitzero"`
	HostName     string `json:"hostName,omitzero"`
	InstanceID   string `json:"instanceId,omitzero"`
	SharedSecret string `json:"sharedSecret,omitzero"`
	// Host is the Duo API host name. It is not in the 5.1.0 API description; Okta documents and sends it.
	Host string `json:"host,omitzero"`
	// IntegrationKey is the Duo integration key. It is not in the 5.1.0 API description; Okta documents it.
	IntegrationKey string `json:"integrationKey,omitzero"`
	// SecretKey is the Duo secret key (never returned). It is not in the 5.1.0 API description; Okta
	// documents it.
	SecretKey        string                                              `json:"secretKey,omitzero"`
	UserNameTemplate *AuthenticatorProviderConfigurationUserNameTemplate `json:"userNameTemplate,omitzero"`
	Extra            Extra                                               `json:"-"`
}

// AuthenticatorProviderConfigurationUserNameTemplate is the user name an authenticator's provider knows a user
// by, such as "oktaId" or "${source.login}".
type AuthenticatorProviderConfigurationUserNameTemplate struct {
	Template string `json:"template,omitzero"`
	Extra    Extra  `json:"-"`
}

// AuthenticatorSettings are an authenticator's settings; which apply depends on the authenticator.
type AuthenticatorSettings struct {
	// AllowedFor says what users may use the authenticator for.
	AllowedFor     AllowedForEnum  `json:"allowedFor,omitzero"`
	AppInstanceID  string          `json:"appInstanceId,omitzero"`
	ChannelBinding *ChannelBinding `json:"channelBinding,omitzero"`
	Compliance     *Compliance     `json:"compliance,omitzero"`
	// TokenLifetimeInMinutes is how long an email magic link or code stays valid.
	TokenLifetimeInMinutes int                  `json:"tokenLifetimeInMinutes,omitzero"`
	UserVerification       UserVerificationEnum `json:"userVerification,omitzero"`
	Extra                  Extra                `json:"-"`
}

// AllowedForEnum is what users may use an authenticator for.
type AllowedForEnum string

// AllowedForEnum values.
const (
	AllowedForEnumAny      AllowedForEnum = "any"
	AllowedForEnumNone     AllowedForEnum = "none"
	AllowedForEnumRecovery AllowedForEnum = "recovery"
	AllowedForEnumSSO      AllowedForEnum = "sso"
)

// ChannelBinding is whether Okta Verify must prove it runs on the device that signs in (number challenge).
type ChannelBinding struct {
	Required RequiredEnum `json:"required,omitzero"`
	// Style is how the device proves it: a number challenge.
	Style ChannelBindingStyle `json:"style,omitzero"`
	Extra Extra               `json:"-"`
}

// ChannelBindingStyle is how Okta Verify proves that it runs on the device that signs in.
type ChannelBindingStyle string

// ChannelBindingStyle values.
const (
	// ChannelBindingStyleNumberChallenge asks the user to pick, in Okta Verify, the number the sign-in page
	// shows.
	ChannelBindingStyleNumberChallenge ChannelBindingStyle = "NUMBER_CHALLENGE"
)

// RequiredEnum is when something is required.
type RequiredEnum string

// RequiredEnum values.
const (
	RequiredEnumAlways       RequiredEnum = "ALWAYS"
	RequiredEnumHighRiskOnly RequiredEnum = "HIGH_RISK_ONLY"
	RequiredEnumNever        RequiredEnum = "NEVER"
)

// Compliance is the compliance an authenticator requires.
type Compliance struct {
	// FIPS says whether FIPS-compliant devices are required.
	FIPS  FipsEnum `json:"fips,omitzero"`
	Extra Extra    `json:"-"`
}

// FipsEnum says whether FIPS compliance is required.
type FipsEnum string

// FipsEnum values.
const (
	FipsEnumOptional FipsEnum = "OPTIONAL"
	FipsEnumRequired FipsEnum = "REQUIRED"
)

// UserVerificationEnum is whether an authenticator must verify the user (biometrics, PIN).
type UserVerificationEnum string

// UserVerificationEnum values.
const (
	UserVerificationEnumDiscouraged UserVerificationEnum = "DISCOURAGED"
	UserVerificationEnumPreferred   UserVerificationEnum = "PREFERRED"
	UserVerificationEnumRequired    UserVerificationEnum = "REQUIRED"
)

// AuthenticatorMethod is a method of an authenticator. The API calls this polymorphic schema
// AuthenticatorMethodBase; here that name is the struct of the members every method has. Its concrete type
// depends on its type:
//
//	sms, voice, email, password, security_question  *AuthenticatorMethodSimple
//	push                                            *AuthenticatorMethodPush
//	signed_nonce                                    *AuthenticatorMethodSignedNonce
//	totp                                            *AuthenticatorMethodTOTP
//	otp                                             *AuthenticatorMethodOTP
//	webauthn                                        *AuthenticatorMethodWebAuthn
//	idp, duo, cert                                  *AuthenticatorMethodWithVerifiableProperties
//	anything else                                   *UnknownAuthenticatorMethod
type AuthenticatorMethod interface {
	// Base returns the members every kind of method has, to read or change them.
	Base() *AuthenticatorMethodBase
	// isAuthenticatorMethod seals the interface: only this package's types are AuthenticatorMethods.
	isAuthenticatorMethod()
}

func init() {
	registerUnion(unionOf[AuthenticatorMethod, UnknownAuthenticatorMethod]("type",
		kindsOf[AuthenticatorMethodSimple](AuthenticatorMethodTypeSMS, AuthenticatorMethodTypeVoice,
			AuthenticatorMethodTypeEmail, AuthenticatorMethodTypePassword, AuthenticatorMethodTypeSecurityQuestion, AuthenticatorMethodTypeTAC),
		kindOf[AuthenticatorMethodPush](AuthenticatorMethodTypePush),
		kindOf[AuthenticatorMethodSignedNonce](AuthenticatorMethodTypeSignedNonce),
		kindOf[AuthenticatorMethodTOTP](AuthenticatorMethodTypeTOTP),
		kindOf[AuthenticatorMethodOTP](AuthenticatorMethodTypeOTP),
		kindOf[AuthenticatorMethodWebAuthn](AuthenticatorMethodTypeWebAuthn),
		kindsOf[AuthenticatorMethodWithVerifiableProperties](AuthenticatorMethodTypeIdP, AuthenticatorMethodTypeDuo,
			AuthenticatorMethodTypeCert),
	))
}

// AuthenticatorMethodType is the kind of an authenticator method. It decides the method's Go type.
type AuthenticatorMethodType string

// AuthenticatorMethodType values. Okta may send others; they decode to an UnknownAuthenticatorMethod.
const (
	AuthenticatorMethodTypeCert             AuthenticatorMethodType = "cert"
	AuthenticatorMethodTypeDuo              AuthenticatorMethodType = "duo"
	AuthenticatorMethodTypeEmail            AuthenticatorMethodType = "email"
	AuthenticatorMethodTypeIdP              AuthenticatorMethodType = "idp"
	AuthenticatorMethodTypeOTP              AuthenticatorMethodType = "otp"
	AuthenticatorMethodTypePassword         AuthenticatorMethodType = "password"
	AuthenticatorMethodTypePush             AuthenticatorMethodType = "push"
	AuthenticatorMethodTypeSecurityQuestion AuthenticatorMethodType = "security_question"
	AuthenticatorMethodTypeSignedNonce      AuthenticatorMethodType = "signed_nonce"
	AuthenticatorMethodTypeSMS              AuthenticatorMethodType = "sms"
	AuthenticatorMethodTypeTOTP             AuthenticatorMethodType = "totp"
	AuthenticatorMethodTypeVoice            AuthenticatorMethodType = "voice"
	AuthenticatorMethodTypeWebAuthn         AuthenticatorMethodType = "webauthn"
)

// AuthenticatorMethodBase holds the members every kind of authenticator method has. Each method type embeds
// it; reach it through any AuthenticatorMethod with Base.
type AuthenticatorMethodBase struct {
	Type AuthenticatorMethodType `json:"type,omitzero"`
	// Status is read-only: use ActivateMethod and DeactivateMethod.
	Status LifecycleStatus `json:"status,omitzero"`
	Links  Links           `json:"_links,omitzero"`
}

func (*AuthenticatorMethodBase) isAuthenticatorMethod() {}

// AuthenticatorMethodSimple is a method without settings of its own: sms, voice, email, password,
// security_question.
type AuthenticatorMethodSimple struct {
	AuthenticatorMethodBase
	Extra Extra `json:"-"`
}

// Base returns the members every kind of method has.
func (m *AuthenticatorMethodSimple) Base() *AuthenticatorMethodBase {
	return &m.AuthenticatorMethodBase
}

// AuthenticatorMethodPush is the push method of Okta Verify or a custom app authenticator.
type AuthenticatorMethodPush struct {
	AuthenticatorMethodBase
	Settings *AuthenticatorMethodPushSettings `json:"settings,omitzero"`
	Extra    Extra                            `json:"-"`
}

// Base returns the members every kind of method has.
func (m *AuthenticatorMethodPush) Base() *AuthenticatorMethodBase { return &m.AuthenticatorMethodBase }

// AuthenticatorMethodPushSettings are the settings of an AuthenticatorMethodPush.
type AuthenticatorMethodPushSettings struct {
	Algorithms       []AuthenticatorMethodAlgorithm       `json:"algorithms,omitzero"`
	KeyProtection    PushMethodKeyProtection              `json:"keyProtection,omitzero"`
	TransactionTypes []AuthenticatorMethodTransactionType `json:"transactionTypes,omitzero"`
	Extra            Extra                                `json:"-"`
}

// AuthenticatorMethodSignedNonce is the signed_nonce (Okta FastPass) method of Okta Verify.
type AuthenticatorMethodSignedNonce struct {
	AuthenticatorMethodBase
	Settings *AuthenticatorMethodSignedNonceSettings `json:"settings,omitzero"`
	Extra    Extra                                   `json:"-"`
}

// Base returns the members every kind of method has.
func (m *AuthenticatorMethodSignedNonce) Base() *AuthenticatorMethodBase {
	return &m.AuthenticatorMethodBase
}

// AuthenticatorMethodSignedNonceSettings are the settings of an AuthenticatorMethodSignedNonce.
type AuthenticatorMethodSignedNonceSettings struct {
	Algorithms    []AuthenticatorMethodAlgorithm `json:"algorithms,omitzero"`
	KeyProtection PushMethodKeyProtection        `json:"keyProtection,omitzero"`
	// ShowSignInWithOV says whether the Sign-In Widget shows "Sign in with Okta Verify".
	ShowSignInWithOV ShowSignInWithOV `json:"showSignInWithOV,omitzero"`
	Extra            Extra            `json:"-"`
}

// AuthenticatorMethodTOTP is the totp method of Okta Verify.
type AuthenticatorMethodTOTP struct {
	AuthenticatorMethodBase
	Settings *AuthenticatorMethodTOTPSettings `json:"settings,omitzero"`
	Extra    Extra                            `json:"-"`
}

// Base returns the members every kind of method has.
func (m *AuthenticatorMethodTOTP) Base() *AuthenticatorMethodBase { return &m.AuthenticatorMethodBase }

// AuthenticatorMethodTOTPSettings are the settings of an AuthenticatorMethodTOTP.
type AuthenticatorMethodTOTPSettings struct {
	TimeIntervalInSeconds int    `json:"timeIntervalInSeconds,omitzero"`
	Encoding              string `json:"encoding,omitzero"`
	Algorithm             string `json:"algorithm,omitzero"`
	PassCodeLength        int    `json:"passCodeLength,omitzero"`
	Extra                 Extra  `json:"-"`
}

// AuthenticatorMethodOTP is the otp method of a custom OTP authenticator. The 5.1.0 API description puts the
// OTP settings in the method itself; Okta's documentation puts them in settings. Both are modelled.
type AuthenticatorMethodOTP struct {
	AuthenticatorMethodBase
	VerifiableProperties []AuthenticatorMethodProperty `json:"verifiableProperties,omitzero"`
	// AcceptableAdjacentIntervals is how many time steps before or after the current one a code may be, 0 to
	// 10.
	AcceptableAdjacentIntervals *int                            `json:"acceptableAdjacentIntervals,omitzero"`
	Algorithm                   OTPTOTPAlgorithm                `json:"algorithm,omitzero"`
	Encoding                    OTPTOTPEncoding                 `json:"encoding,omitzero"`
	FactorProfileID             string                          `json:"factorProfileId,omitzero"`
	PassCodeLength              int                             `json:"passCodeLength,omitzero"`
	Protocol                    OTPProtocol                     `json:"protocol,omitzero"`
	TimeIntervalInSeconds       int                             `json:"timeIntervalInSeconds,omitzero"`
	Settings                    *AuthenticatorMethodOTPSettings `json:"settings,omitzero"`
	Extra                       Extra                           `json:"-"`
}

// Base returns the members every kind of method has.
func (m *AuthenticatorMethodOTP) Base() *AuthenticatorMethodBase { return &m.AuthenticatorMethodBase }

// AuthenticatorMethodOTPSettings are the settings of an AuthenticatorMethodOTP as Okta's documentation places them. They
// are not in the 5.1.0 API description, which has the same members on the method itself.
type AuthenticatorMethodOTPSettings struct {
	AcceptableAdjacentIntervals *int             `json:"acceptableAdjacentIntervals,omitzero"`
	Algorithm                   OTPTOTPAlgorithm `json:"algorithm,omitzero"`
	Encoding                    OTPTOTPEncoding  `json:"encoding,omitzero"`
	PassCodeLength              int              `json:"passCodeLength,omitzero"`
	Protocol                    OTPProtocol      `json:"protocol,omitzero"`
	TimeIntervalInSeconds       int              `json:"timeIntervalInSeconds,omitzero"`
	Extra                       Extra            `json:"-"`
}

// AuthenticatorMethodWebAuthn is the webauthn method of the security key or biometric authenticator.
type AuthenticatorMethodWebAuthn struct {
	AuthenticatorMethodBase
	Settings *AuthenticatorMethodWebAuthnSettings `json:"settings,omitzero"`
	Extra    Extra                                `json:"-"`
}

// Base returns the members every kind of method has.
func (m *AuthenticatorMethodWebAuthn) Base() *AuthenticatorMethodBase {
	return &m.AuthenticatorMethodBase
}

// AuthenticatorMethodWebAuthnSettings are the settings of an AuthenticatorMethodWebAuthn.
type AuthenticatorMethodWebAuthnSettings struct {
	UserVerification UserVerificationEnum `json:"userVerification,omitzero"`
	Attachment       WebAuthnAttachment   `json:"attachment,omitzero"`
	Extra            Extra                `json:"-"`
}

// AuthenticatorMethodWithVerifiableProperties is an idp, duo or cert method: one whose assurance Okta cannot
// observe, so it is declared in VerifiableProperties.
type AuthenticatorMethodWithVerifiableProperties struct {
	AuthenticatorMethodBase
	VerifiableProperties []AuthenticatorMethodProperty `json:"verifiableProperties,omitzero"`
	Extra                Extra                         `json:"-"`
}

// Base returns the members every kind of method has.
func (m *AuthenticatorMethodWithVerifiableProperties) Base() *AuthenticatorMethodBase {
	return &m.AuthenticatorMethodBase
}

// UnknownAuthenticatorMethod is a method whose type this SDK does not know. Its settings are kept as Okta sent
// them.
type UnknownAuthenticatorMethod struct {
	AuthenticatorMethodBase
	Settings Extra `json:"settings,omitzero"`
	Extra    Extra `json:"-"`
}

// Base returns the members every kind of method has.
func (m *UnknownAuthenticatorMethod) Base() *AuthenticatorMethodBase {
	return &m.AuthenticatorMethodBase
}

// AuthenticatorMethodAlgorithm is a signing algorithm of an authenticator method's keys.
type AuthenticatorMethodAlgorithm string

// AuthenticatorMethodAlgorithm values.
const (
	AuthenticatorMethodAlgorithmES256 AuthenticatorMethodAlgorithm = "ES256"
	AuthenticatorMethodAlgorithmRS256 AuthenticatorMethodAlgorithm = "RS256"
)

// AuthenticatorMethodTransactionType is a kind of transaction a push method can approve.
type AuthenticatorMethodTransactionType string

// AuthenticatorMethodTransactionType values.
const (
	AuthenticatorMethodTransactionTypeCIBA  AuthenticatorMethodTransactionType = "CIBA"
	AuthenticatorMethodTransactionTypeLogin AuthenticatorMethodTransactionType = "LOGIN"
)

// PushMethodKeyProtection is where a method's keys must be kept.
type PushMethodKeyProtection string

// PushMethodKeyProtection values.
const (
	PushMethodKeyProtectionAny      PushMethodKeyProtection = "ANY"
	PushMethodKeyProtectionHardware PushMethodKeyProtection = "HARDWARE"
)

// ShowSignInWithOV is whether the Sign-In Widget offers "Sign in with Okta Verify".
type ShowSignInWithOV string

// ShowSignInWithOV values.
const (
	ShowSignInWithOVAlways ShowSignInWithOV = "ALWAYS"
	ShowSignInWithOVNever  ShowSignInWithOV = "NEVER"
)

// WebAuthnAttachment is which security keys or biometrics a webauthn method accepts.
type WebAuthnAttachment string

// WebAuthnAttachment values.
const (
	WebAuthnAttachmentAny     WebAuthnAttachment = "ANY"
	WebAuthnAttachmentBuiltIn WebAuthnAttachment = "BUILT_IN"
	WebAuthnAttachmentRoaming WebAuthnAttachment = "ROAMING"
)

// AuthenticatorMethodProperty is an assurance property of an authenticator method.
type AuthenticatorMethodProperty string

// AuthenticatorMethodProperty values.
const (
	AuthenticatorMethodPropertyDeviceBound       AuthenticatorMethodProperty = "DEVICE_BOUND"
	AuthenticatorMethodPropertyHardwareProtected AuthenticatorMethodProperty = "HARDWARE_PROTECTED"
	AuthenticatorMethodPropertyPhishingResistant AuthenticatorMethodProperty = "PHISHING_RESISTANT"
	AuthenticatorMethodPropertyUserPresence      AuthenticatorMethodProperty = "USER_PRESENCE"
	AuthenticatorMethodPropertyUserVerifying     AuthenticatorMethodProperty = "USER_VERIFYING"
)

// OTPProtocol is the protocol of a custom OTP authenticator.
type OTPProtocol string

// OTPProtocol values.
const (
	OTPProtocolSymantec OTPProtocol = "SYMANTEC"
	OTPProtocolTOTP     OTPProtocol = "TOTP"
	OTPProtocolYubico   OTPProtocol = "YUBICO"
)

// OTPTOTPAlgorithm is the HMAC algorithm of a custom OTP authenticator.
type OTPTOTPAlgorithm string

// OTPTOTPAlgorithm values.
const (
	OTPTOTPAlgorithmHMACSHA1   OTPTOTPAlgorithm = "HMacSHA1"
	OTPTOTPAlgorithmHMACSHA256 OTPTOTPAlgorithm = "HMacSHA256"
	OTPTOTPAlgorithmHMACSHA512 OTPTOTPAlgorithm = "HMacSHA512"
)

// OTPTOTPEncoding is the encoding of a custom OTP authenticator's shared secrets.
type OTPTOTPEncoding string

// OTPTOTPEncoding values.
const (
	OTPTOTPEncodingBase32      OTPTOTPEncoding = "base32"
	OTPTOTPEncodingBase64      OTPTOTPEncoding = "base64"
	OTPTOTPEncodingHexadecimal OTPTOTPEncoding = "hexadecimal"
)

// WellKnownAppAuthenticatorConfiguration is the configuration of a custom app authenticator, as a custom
// authenticator app reads it to set itself up.
type WellKnownAppAuthenticatorConfiguration struct {
	// AuthenticatorID is the ID of the app authenticator.
	AuthenticatorID                string `json:"authenticatorId,omitzero"`
	AppAuthenticatorEnrollEndpoint string `json:"appAuthenticatorEnrollEndpoint,omitzero"`
	Key                            string `json:"key,omitzero"`
	Name                           string `json:"name,omitzero"`
	OrgID                          string `json:"orgId,omitzero"`
	// Type is the kind of authenticator: AuthenticatorTypeApp.
	Type             AuthenticatorType                               `json:"type,omitzero"`
	CreatedDate      time.Time                                       `json:"createdDate,omitzero"`
	LastUpdated      time.Time                                       `json:"lastUpdated,omitzero"`
	Settings         *WellKnownAppAuthenticatorConfigurationSettings `json:"settings,omitzero"`
	SupportedMethods []SupportedMethods                              `json:"supportedMethods,omitzero"`
	Extra            Extra                                           `json:"-"`
}

// WellKnownAppAuthenticatorConfigurationSettings are the settings of a custom app authenticator.
type WellKnownAppAuthenticatorConfigurationSettings struct {
	UserVerification UserVerificationEnum `json:"userVerification,omitzero"`
	Extra            Extra                `json:"-"`
}

// SupportedMethods is a method a custom app authenticator supports (push).
type SupportedMethods struct {
	// Type is the kind of method: AuthenticatorMethodTypePush.
	Type     AuthenticatorMethodType   `json:"type,omitzero"`
	Status   string                    `json:"status,omitzero"`
	Settings *SupportedMethodsSettings `json:"settings,omitzero"`
	Extra    Extra                     `json:"-"`
}

// SupportedMethodsSettings are the settings of a method a custom app authenticator supports.
type SupportedMethodsSettings struct {
	KeyProtection    string                               `json:"keyProtection,omitzero"`
	Algorithms       []AuthenticatorMethodAlgorithm       `json:"algorithms,omitzero"`
	TransactionTypes []AuthenticatorMethodTransactionType `json:"transactionTypes,omitzero"`
	Extra            Extra                                `json:"-"`
}

// AuthenticatorType values that Okta added after the Management API 5.1.0.
const (
	AuthenticatorTypeTAC AuthenticatorType = "tac"
)

// AuthenticatorMethodType values that Okta added after the Management API 5.1.0.
const (
	AuthenticatorMethodTypeTAC AuthenticatorMethodType = "tac"
)
