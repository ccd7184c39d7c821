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

// AuthenticatorKey says which authenticator an authenticator is. Okta's current API description makes it the
// discriminator of its authenticator schemas (AuthenticatorKeyCustomApp, AuthenticatorKeyDuo, ...); here one
// struct, Authenticator, holds the members of every kind.
type AuthenticatorKey string

// AuthenticatorKey values. Okta may send others; they decode as they are.
const (
	// AuthenticatorKeyCustomApp is a custom app authenticator: a push authenticator built into the org's own
	// app. Provider holds its APNs and FCM push configuration.
	AuthenticatorKeyCustomApp AuthenticatorKey = "custom_app"
	// AuthenticatorKeyCustomOTP is a custom OTP authenticator (a hardware or software token Okta verifies).
	AuthenticatorKeyCustomOTP AuthenticatorKey = "custom_otp"
	// AuthenticatorKeyDuo is Duo Security. Provider holds the Duo host and keys.
	AuthenticatorKeyDuo AuthenticatorKey = "duo"
	// AuthenticatorKeyExternalIdP is an identity provider used as an authenticator.
	AuthenticatorKeyExternalIdP AuthenticatorKey = "external_idp"
	// AuthenticatorKeyGoogleOTP is Google Authenticator.
	AuthenticatorKeyGoogleOTP AuthenticatorKey = "google_otp"
	// AuthenticatorKeyOktaEmail is the email authenticator.
	AuthenticatorKeyOktaEmail AuthenticatorKey = "okta_email"
	// AuthenticatorKeyOktaPassword is the password authenticator.
	AuthenticatorKeyOktaPassword AuthenticatorKey = "okta_password"
	// AuthenticatorKeyOktaVerify is Okta Verify.
	AuthenticatorKeyOktaVerify AuthenticatorKey = "okta_verify"
	// AuthenticatorKeyOnpremMFA is an on-premises MFA server reached over RADIUS. Provider holds the server.
	AuthenticatorKeyOnpremMFA AuthenticatorKey = "onprem_mfa"
	// AuthenticatorKeyPhoneNumber is the phone authenticator (SMS and voice).
	AuthenticatorKeyPhoneNumber AuthenticatorKey = "phone_number"
	// AuthenticatorKeySecurityKey is a security key (such as a YubiKey) used as an authenticator.
	AuthenticatorKeySecurityKey AuthenticatorKey = "security_key"
	// AuthenticatorKeySecurityQuestion is the security question authenticator.
	AuthenticatorKeySecurityQuestion AuthenticatorKey = "security_question"
	// AuthenticatorKeySmartCardIdP is a smart card (PIV/CAC) identity provider used as an authenticator.
	AuthenticatorKeySmartCardIdP AuthenticatorKey = "smart_card_idp"
	// AuthenticatorKeySymantecVIP is Symantec VIP.
	AuthenticatorKeySymantecVIP AuthenticatorKey = "symantec_vip"
	// AuthenticatorKeyTAC is the temporary access code authenticator. Provider holds the codes' settings.
	AuthenticatorKeyTAC AuthenticatorKey = "tac"
	// AuthenticatorKeyWebAuthn is the security key or biometric (passkey) authenticator.
	AuthenticatorKeyWebAuthn AuthenticatorKey = "webauthn"
	// AuthenticatorKeyYubikeyToken is YubiKey in OTP mode.
	AuthenticatorKeyYubikeyToken AuthenticatorKey = "yubikey_token"
)

// Authenticator is an authenticator of the org. One struct holds the members of every kind of authenticator;
// Key says which kind it is, and which of Provider and Settings apply.
type Authenticator struct {
	ID string `json:"id,omitzero"`
	// Key says which authenticator it is.
	Key  AuthenticatorKey  `json:"key,omitzero"`
	Name string            `json:"name,omitzero"`
	Type AuthenticatorType `json:"type,omitzero"`
	// Description describes the authenticator. Okta offers it only for the webauthn authenticator
	// (passkeys), as an Early Access feature.
	Description string `json:"description,omitzero"`
	// AgreeToTerms, when true, accepts Okta's terms for creating a custom_app authenticator: Okta requires it
	// when one is created. Other authenticators don't take it.
	AgreeToTerms *bool `json:"agreeToTerms,omitzero"`
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

// AuthenticatorProvider is the third-party service behind an authenticator (DUO, RADIUS, ...), the push
// configuration of a custom app authenticator (PUSH), or the settings of temporary access codes (tac).
type AuthenticatorProvider struct {
	// Type is the kind of provider: "DUO" for duo, "PUSH" for custom_app, "tac" for tac, ...
	Type          string                              `json:"type,omitzero"`
	Configuration *AuthenticatorProviderConfiguration `json:"configuration,omitzero"`
	Extra         Extra                               `json:"-"`
}

// AuthenticatorProviderConfiguration is how Okta reaches an authenticator's provider: a RADIUS server
// (HostName, AuthPort, SharedSecret, InstanceID), Duo (Host, IntegrationKey, SecretKey), the push services of
// a custom app authenticator (APNs, FCM), or the temporary access codes of the tac authenticator (MinTTL,
// MaxTTL, DefaultTTL, Length, Complexity, MultiUseAllowed).
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
	// APNs is the Apple Push Notification service configuration of a custom app authenticator.
	APNs *AuthenticatorProviderConfigurationAPNs `json:"apns,omitzero"`
	// FCM is the Firebase Cloud Messaging configuration of a custom app authenticator.
	FCM *AuthenticatorProviderConfigurationFCM `json:"fcm,omitzero"`
	// Complexity is the characters a temporary access code is made of (tac).
	Complexity *TACComplexity `json:"complexity,omitzero"`
	// DefaultTTL is how many minutes a new temporary access code is valid by default, 10 to 14400, between
	// MinTTL and MaxTTL (tac).
	DefaultTTL int `json:"defaultTtl,omitzero"`
	// Length is how many characters a temporary access code has, 8 to 64 (tac).
	Length int `json:"length,omitzero"`
	// MaxTTL is the longest a temporary access code may be valid, in minutes, 10 to 14400 (tac).
	MaxTTL int `json:"maxTtl,omitzero"`
	// MinTTL is the shortest a temporary access code may be valid, in minutes, 10 to 14400 (tac).
	MinTTL int `json:"minTtl,omitzero"`
	// MultiUseAllowed says whether a temporary access code may be used more than once before it expires (tac).
	MultiUseAllowed *bool `json:"multiUseAllowed,omitzero"`
	Extra           Extra `json:"-"`
}

// AuthenticatorProviderConfigurationAPNs names the APNs configuration (see PushProvidersService) that a
// custom app authenticator sends its pushes through.
type AuthenticatorProviderConfigurationAPNs struct {
	// ID is the ID of the APNs push provider.
	ID string `json:"id,omitzero"`
	// AppBundleID is the bundle ID of the iOS app.
	AppBundleID string `json:"appBundleId,omitzero"`
	// DebugAppBundleID is the bundle ID of the iOS app's debug build.
	DebugAppBundleID string `json:"debugAppBundleId,omitzero"`
	Extra            Extra  `json:"-"`
}

// AuthenticatorProviderConfigurationFCM names the FCM configuration (see PushProvidersService) that a custom
// app authenticator sends its pushes through.
type AuthenticatorProviderConfigurationFCM struct {
	// ID is the ID of the FCM push provider.
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}

// TACComplexity is the characters the temporary access codes of the tac authenticator are made of.
type TACComplexity struct {
	// Letters says whether codes have letters.
	Letters *bool `json:"letters,omitzero"`
	// Numbers says whether codes have digits; Okta always answers true.
	Numbers *bool `json:"numbers,omitzero"`
	// SpecialCharacters says whether codes have special characters.
	SpecialCharacters *bool `json:"specialCharacters,omitzero"`
	Extra             Extra `json:"-"`
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
	// UserVerification is whether the authenticator must verify the user when a credential is enrolled.
	UserVerification UserVerificationEnum `json:"userVerification,omitzero"`
	Attachment       WebAuthnAttachment   `json:"attachment,omitzero"`
	// UserVerificationForVerify is whether the authenticator must verify the user when they sign in with an
	// enrolled credential. Okta's default is PREFERRED, or REQUIRED when UserVerification is REQUIRED. It
	// needs the Early Access Passkeys Rebrand feature.
	UserVerificationForVerify UserVerificationEnum `json:"userVerificationForVerify,omitzero"`
	// ResidentKeyRequirement is whether the authenticator must create a discoverable credential. It needs
	// the Early Access Passkeys Rebrand feature.
	ResidentKeyRequirement WebAuthnSettingResidentKeyRequirement `json:"residentKeyRequirement,omitzero"`
	// AAGUIDGroups are the named groups of authenticator models (AAGUIDs) that enrollment policies may
	// allow (MultifactorEnrollmentPolicyAuthenticatorSettingsConstraints.AAGUIDGroups names them).
	AAGUIDGroups []AAGUIDGroup `json:"aaguidGroups,omitzero"`
	// RPID is the relying party ID that WebAuthn operations use instead of the page's domain.
	RPID *WebAuthnRPID `json:"rpId,omitzero"`
	// AllowSyncablePasskeys says whether users may enroll passkeys that sync across their devices (Okta's
	// default is true). It needs the Early Access Passkeys Rebrand feature.
	AllowSyncablePasskeys *bool `json:"allowSyncablePasskeys,omitzero"`
	// CertBasedAttestationValidation says whether an authenticator's attestation certificate is checked
	// against the known roots (custom AAGUIDs, the FIDO Metadata Service). It needs the Early Access Passkeys
	// Rebrand feature.
	CertBasedAttestationValidation *bool `json:"certBasedAttestationValidation,omitzero"`
	// EnableAutofillUI says whether the Sign-In Widget's username field offers the discoverable credentials
	// (passkey autofill).
	EnableAutofillUI *bool `json:"enableAutofillUI,omitzero"`
	// FIPSCompliant says whether authenticators must be FIPS compliant. It needs the Early Access Passkeys
	// Rebrand feature.
	FIPSCompliant *bool `json:"fipsCompliant,omitzero"`
	// HardwareProtected says whether authenticators must keep their private key in hardware. It needs the
	// Early Access Passkeys Rebrand feature.
	HardwareProtected *bool `json:"hardwareProtected,omitzero"`
	// ShowSignInWithAPasskeyButton says whether the Sign-In Widget shows "Sign in with a passkey". It needs
	// the Early Access Passkeys Rebrand feature.
	ShowSignInWithAPasskeyButton *bool `json:"showSignInWithAPasskeyButton,omitzero"`
	Extra                        Extra `json:"-"`
}

// WebAuthnSettingResidentKeyRequirement is whether a WebAuthn authenticator must create a client-side
// discoverable credential (a resident key). Okta recommends REQUIRED or DISCOURAGED: PREFERRED behaves
// differently from one platform to another.
type WebAuthnSettingResidentKeyRequirement string

// WebAuthnSettingResidentKeyRequirement values. Okta may send others; they decode as they are.
const (
	// WebAuthnSettingResidentKeyRequirementDiscouraged asks for a server-side credential; the authenticator
	// may still create a discoverable one.
	WebAuthnSettingResidentKeyRequirementDiscouraged WebAuthnSettingResidentKeyRequirement = "DISCOURAGED"
	// WebAuthnSettingResidentKeyRequirementPreferred asks for a discoverable credential; the authenticator
	// may create a server-side one instead.
	WebAuthnSettingResidentKeyRequirementPreferred WebAuthnSettingResidentKeyRequirement = "PREFERRED"
	// WebAuthnSettingResidentKeyRequirementRequired requires a discoverable credential: enrollment fails
	// without one.
	WebAuthnSettingResidentKeyRequirementRequired WebAuthnSettingResidentKeyRequirement = "REQUIRED"
)

// AAGUIDGroup is a named group of FIDO2 authenticator models, each identified by its AAGUID.
type AAGUIDGroup struct {
	// Name identifies the group.
	Name string `json:"name,omitzero"`
	// AAGUIDs are the AAGUIDs of the group's authenticator models, as the FIDO Alliance Metadata Service
	// lists them.
	AAGUIDs []string `json:"aaguids,omitzero"`
	Extra   Extra    `json:"-"`
}

// WebAuthnRPID is the relying party ID (RP ID) of WebAuthn operations. Changing its domain invalidates every
// passkey enrolled: users must enroll theirs again.
type WebAuthnRPID struct {
	// Domain is the RP ID domain.
	Domain *WebAuthnRPIDDomain `json:"domain,omitzero"`
	// Enabled says whether WebAuthn operations use the RP ID. It may be true only once Domain's
	// ValidationStatus is VERIFIED, and must be false to change Domain.
	Enabled *bool `json:"enabled,omitzero"`
	Extra   Extra `json:"-"`
}

// WebAuthnRPIDDomain is the domain of a WebAuthn relying party ID and the state of its verification.
type WebAuthnRPIDDomain struct {
	// Name is the domain, such as "mycustomdomain.com". Without it, WebAuthn operations use the domain of the
	// page the user is on.
	Name string `json:"name,omitzero"`
	// DNSRecord is read-only: the TXT record to publish to prove that the org owns the domain. Okta stops
	// sending it once the domain is verified.
	DNSRecord *DNSRecordAuthenticators `json:"dnsRecord,omitzero"`
	// ValidationStatus is read-only: how far the verification of the domain is.
	ValidationStatus WebAuthnRPIDDomainValidationStatus `json:"validationStatus,omitzero"`
	Extra            Extra                              `json:"-"`
}

// WebAuthnRPIDDomainValidationStatus is how far the verification of a WebAuthn RP ID domain is.
type WebAuthnRPIDDomainValidationStatus string

// WebAuthnRPIDDomainValidationStatus values. Okta may send others; they decode as they are.
const (
	// WebAuthnRPIDDomainValidationStatusNotStarted is a domain not verified yet: publish its DNS record.
	WebAuthnRPIDDomainValidationStatusNotStarted WebAuthnRPIDDomainValidationStatus = "NOT_STARTED"
	// WebAuthnRPIDDomainValidationStatusInProgress is a domain being checked.
	WebAuthnRPIDDomainValidationStatusInProgress WebAuthnRPIDDomainValidationStatus = "IN_PROGRESS"
	// WebAuthnRPIDDomainValidationStatusVerified is a verified domain: the org's own domain or one of its
	// custom domains is verified at once.
	WebAuthnRPIDDomainValidationStatusVerified WebAuthnRPIDDomainValidationStatus = "VERIFIED"
	// WebAuthnRPIDDomainValidationStatusError is a failed verification, which can be retried after the DNS
	// record is corrected.
	WebAuthnRPIDDomainValidationStatusError WebAuthnRPIDDomainValidationStatus = "ERROR"
)

// DNSRecordAuthenticators is the DNS record that proves the org owns the domain of a WebAuthn RP ID.
type DNSRecordAuthenticators struct {
	// FQDN is the record's name, such as "_oktaverification.mycustomdomain.com".
	FQDN string `json:"fqdn,omitzero"`
	// RecordType is the record's type: DNSRecordTypeTXT.
	RecordType DNSRecordType `json:"recordType,omitzero"`
	// VerificationValue is the record's value.
	VerificationValue string `json:"verificationValue,omitzero"`
	Extra             Extra  `json:"-"`
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
	// Key is the authenticator's key: AuthenticatorKeyCustomApp.
	Key   AuthenticatorKey `json:"key,omitzero"`
	Name  string           `json:"name,omitzero"`
	OrgID string           `json:"orgId,omitzero"`
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
