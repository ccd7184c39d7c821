package okta

import (
	"context"
	"net/http"
	"reflect"
	"time"
)

// UserFactorsService manages the factors (authenticators) enrolled for a user: enrolling, activating,
// verifying and removing them. Reach it as client.UserFactors.
//
// Factors are polymorphic: methods return a UserFactor, whose concrete type (*SMSUserFactor,
// *PushUserFactor, ...) follows its factorType. A type switch reaches the factor's profile:
//
//	factors, _, err := client.UserFactors.List(ctx, userID)
//	for _, f := range factors {
//		switch f := f.(type) {
//		case *okta.SMSUserFactor:
//			fmt.Println(f.ID, f.Profile.PhoneNumber)
//		default:
//			fmt.Println(f.Common().ID, f.Common().FactorType)
//		}
//	}
type UserFactorsService service

// List returns the factors enrolled for a user. The list is not paginated.
//
//okta:operation listFactors GET /api/v1/users/{userId}/factors
func (s *UserFactorsService) List(ctx context.Context, userID string) ([]UserFactor, *Response, error) {
	return send[[]UserFactor](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/factors", userID))
}

// Enroll enrolls a factor for a user; the factor's concrete type says which kind (an *SMSUserFactor with a
// phone number, a *PushUserFactor, ...), and its factorType is sent even when left empty. Most factors start
// PENDING_ACTIVATION and are activated with Activate; opts.Activate enrolls and activates at once where the
// factor allows it.
//
//okta:operation enrollFactor POST /api/v1/users/{userId}/factors
func (s *UserFactorsService) Enroll(ctx context.Context, userID string, factor UserFactor, opts *UserFactorsEnrollOptions) (UserFactor, *Response, error) {
	return send[UserFactor](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/factors", userID).withBody(factorBody(factor)).withQuery(opts))
}

// ListSupported returns the factors a user may enroll, as the org's policies allow. Each is a UserFactor
// of the matching type whose status says whether it is already enrolled (NOT_SETUP when not).
//
//okta:operation listSupportedFactors GET /api/v1/users/{userId}/factors/catalog
func (s *UserFactorsService) ListSupported(ctx context.Context, userID string) ([]UserFactor, *Response, error) {
	return send[[]UserFactor](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/factors/catalog", userID))
}

// ListSupportedSecurityQuestions returns the security questions a user may choose from to enroll a question
// factor.
//
//okta:operation listSupportedSecurityQuestions GET /api/v1/users/{userId}/factors/questions
func (s *UserFactorsService) ListSupportedSecurityQuestions(ctx context.Context, userID string) ([]SecurityQuestion, *Response, error) {
	return send[[]SecurityQuestion](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/factors/questions", userID))
}

// Get retrieves one of a user's factors.
//
//okta:operation getFactor GET /api/v1/users/{userId}/factors/{factorId}
func (s *UserFactorsService) Get(ctx context.Context, userID, factorID string) (UserFactor, *Response, error) {
	return send[UserFactor](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/factors/{factorId}", userID, factorID))
}

// Unenroll removes a factor from a user, who must enroll it again to use it.
//
//okta:operation unenrollFactor DELETE /api/v1/users/{userId}/factors/{factorId}
func (s *UserFactorsService) Unenroll(ctx context.Context, userID, factorID string, opts *UserFactorsUnenrollOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/users/{userId}/factors/{factorId}", userID, factorID).withQuery(opts))
}

// Activate activates a factor enrolled with status PENDING_ACTIVATION, with the passcode (or, for U2F and
// WebAuthn, the attestation) the user got while enrolling. A push factor answers with factorResult WAITING
// until the user responds; poll with Get.
//
//okta:operation activateFactor POST /api/v1/users/{userId}/factors/{factorId}/lifecycle/activate
func (s *UserFactorsService) Activate(ctx context.Context, userID, factorID string, activation *ActivateFactorRequest) (UserFactor, *Response, error) {
	return send[UserFactor](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/factors/{factorId}/lifecycle/activate", userID, factorID).withBody(activation))
}

// ResendEnroll sends the enrollment challenge of a call, email or SMS factor again. factor names the kind
// and, for call and SMS, the phone number.
//
//okta:operation resendEnrollFactor POST /api/v1/users/{userId}/factors/{factorId}/resend
func (s *UserFactorsService) ResendEnroll(ctx context.Context, userID, factorID string, factor UserFactor, opts *UserFactorsResendEnrollOptions) (UserFactor, *Response, error) {
	return send[UserFactor](ctx, s.client, newRequest(http.MethodPost, "/api/v1/users/{userId}/factors/{factorId}/resend", userID, factorID).withBody(factorBody(factor)).withQuery(opts))
}

// GetTransactionStatus polls the result of a push verification (Verify answers WAITING with the transaction
// in its _links.poll) until it is no longer WAITING.
//
//okta:operation getFactorTransactionStatus GET /api/v1/users/{userId}/factors/{factorId}/transactions/{transactionId}
func (s *UserFactorsService) GetTransactionStatus(ctx context.Context, userID, factorID, transactionID string) (*VerifyUserFactorResponse, *Response, error) {
	return send[*VerifyUserFactorResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/factors/{factorId}/transactions/{transactionId}", userID, factorID, transactionID))
}

// Verify verifies a factor: checks a passcode or an answer, or sends a challenge (SMS, call, email, push)
// when verification is empty. A push answers WAITING; poll GetTransactionStatus. A push sent with
// UseNumberMatchingChallenge answers WAITING with the number to show the user (CorrectAnswer). opts can pass on
// the end user's IP address, user agent and language, which Okta shows in the push notification.
//
//okta:operation verifyFactor POST /api/v1/users/{userId}/factors/{factorId}/verify
func (s *UserFactorsService) Verify(ctx context.Context, userID, factorID string, verification *VerifyFactorRequest, opts *UserFactorsVerifyOptions) (*VerifyUserFactorResponse, *Response, error) {
	r := newRequest(http.MethodPost, "/api/v1/users/{userId}/factors/{factorId}/verify", userID, factorID).withBody(verification).withQuery(opts)
	return send[*VerifyUserFactorResponse](ctx, s.client, r)
}

// UserFactorsEnrollOptions are the parameters of UserFactorsService.Enroll.
type UserFactorsEnrollOptions struct {
	// UpdatePhone, for SMS and call factors, replaces the phone number of a factor already enrolled.
	UpdatePhone *bool `url:"updatePhone"`
	// TemplateID is the SMS template to send (SMS factors only).
	TemplateID string `url:"templateId"`
	// TokenLifetimeSeconds is how long the one-time passcode sent stays valid (Okta's default is 300).
	TokenLifetimeSeconds int `url:"tokenLifetimeSeconds"`
	// Activate enrolls and activates the factor in one step, where the factor allows it (email, ...).
	Activate *bool `url:"activate"`
	// AcceptLanguage is the two-letter ISO 639-1 language of the SMS to send (SMS factors only), e.g. "fr". Okta
	// falls back to the default template where it has no message in that language.
	AcceptLanguage string `header:"Accept-Language"`
}

// UserFactorsUnenrollOptions are the parameters of UserFactorsService.Unenroll.
type UserFactorsUnenrollOptions struct {
	// RemoveRecoveryEnrollment also removes the phone number or email used for recovery, for SMS and email
	// factors.
	RemoveRecoveryEnrollment *bool `url:"removeRecoveryEnrollment"`
}

// UserFactorsResendEnrollOptions are the parameters of UserFactorsService.ResendEnroll.
type UserFactorsResendEnrollOptions struct {
	// TemplateID is the SMS template to send (SMS factors only).
	TemplateID string `url:"templateId"`
}

// UserFactorsVerifyOptions are the parameters of UserFactorsService.Verify. The last three are sent as headers and
// describe the end user's device, not the SDK's.
type UserFactorsVerifyOptions struct {
	// TemplateID is the SMS template to send (SMS factors only).
	TemplateID string `url:"templateId"`
	// TokenLifetimeSeconds is how long the one-time passcode sent stays valid (Okta's default is 300).
	TokenLifetimeSeconds int `url:"tokenLifetimeSeconds"`
	// XForwardedFor is the end user's IP address, sent as X-Forwarded-For.
	XForwardedFor string `header:"X-Forwarded-For"`
	// UserAgent is the end user's browser or app, sent as User-Agent in place of the SDK's.
	UserAgent string `header:"User-Agent"`
	// AcceptLanguage is the end user's language, sent as Accept-Language.
	AcceptLanguage string `header:"Accept-Language"`
}

// FactorType is the kind of a factor, the discriminator of UserFactor.
type FactorType string

// FactorType values. Okta may send others; they decode as UnknownUserFactor.
const (
	FactorTypeCall              FactorType = "call"
	FactorTypeEmail             FactorType = "email"
	FactorTypeHOTP              FactorType = "hotp"
	FactorTypePush              FactorType = "push"
	FactorTypeQuestion          FactorType = "question"
	FactorTypeSignedNonce       FactorType = "signed_nonce"
	FactorTypeSMS               FactorType = "sms"
	FactorTypeToken             FactorType = "token"
	FactorTypeTokenHardware     FactorType = "token:hardware"
	FactorTypeTokenHOTP         FactorType = "token:hotp"
	FactorTypeTokenSoftwareTOTP FactorType = "token:software:totp"
	FactorTypeU2F               FactorType = "u2f"
	FactorTypeWeb               FactorType = "web"
	FactorTypeWebAuthn          FactorType = "webauthn"
)

// FactorProvider is who provides a factor.
type FactorProvider string

// FactorProvider values.
const (
	FactorProviderCustom   FactorProvider = "CUSTOM"
	FactorProviderDuo      FactorProvider = "DUO"
	FactorProviderFIDO     FactorProvider = "FIDO"
	FactorProviderGoogle   FactorProvider = "GOOGLE"
	FactorProviderOkta     FactorProvider = "OKTA"
	FactorProviderRSA      FactorProvider = "RSA"
	FactorProviderSymantec FactorProvider = "SYMANTEC"
	FactorProviderYubico   FactorProvider = "YUBICO"
)

// FactorStatus is the state of a factor.
type FactorStatus string

// FactorStatus values.
const (
	FactorStatusActive            FactorStatus = "ACTIVE"
	FactorStatusDisabled          FactorStatus = "DISABLED"
	FactorStatusEnrolled          FactorStatus = "ENROLLED"
	FactorStatusExpired           FactorStatus = "EXPIRED"
	FactorStatusInactive          FactorStatus = "INACTIVE"
	FactorStatusNotSetup          FactorStatus = "NOT_SETUP"
	FactorStatusPendingActivation FactorStatus = "PENDING_ACTIVATION"
)

// FactorEnrollment says whether a user must enroll a factor the org supports, as
// UserFactorsService.ListSupported reports it (UserFactorBase.Enrollment).
type FactorEnrollment string

// FactorEnrollment values.
const (
	// FactorEnrollmentOptional means the user may enroll the factor but need not.
	FactorEnrollmentOptional FactorEnrollment = "OPTIONAL"
	// FactorEnrollmentRequired means the org's policies require the user to enroll the factor.
	FactorEnrollmentRequired FactorEnrollment = "REQUIRED"
)

// FactorResultType is the result of a push factor's activation or verification.
type FactorResultType string

// FactorResultType values.
const (
	FactorResultCancelled          FactorResultType = "CANCELLED"
	FactorResultChallenge          FactorResultType = "CHALLENGE"
	FactorResultError              FactorResultType = "ERROR"
	FactorResultFailed             FactorResultType = "FAILED"
	FactorResultPasscodeReplayed   FactorResultType = "PASSCODE_REPLAYED"
	FactorResultRejected           FactorResultType = "REJECTED"
	FactorResultSuccess            FactorResultType = "SUCCESS"
	FactorResultTimeout            FactorResultType = "TIMEOUT"
	FactorResultTimeWindowExceeded FactorResultType = "TIME_WINDOW_EXCEEDED"
	FactorResultWaiting            FactorResultType = "WAITING"
)

// VerifyUserFactorResult is the result of a factor verification.
type VerifyUserFactorResult string

// VerifyUserFactorResult values.
const (
	VerifyUserFactorResultChallenge          VerifyUserFactorResult = "CHALLENGE"
	VerifyUserFactorResultError              VerifyUserFactorResult = "ERROR"
	VerifyUserFactorResultExpired            VerifyUserFactorResult = "EXPIRED"
	VerifyUserFactorResultFailed             VerifyUserFactorResult = "FAILED"
	VerifyUserFactorResultPasscodeReplayed   VerifyUserFactorResult = "PASSCODE_REPLAYED"
	VerifyUserFactorResultRejected           VerifyUserFactorResult = "REJECTED"
	VerifyUserFactorResultSuccess            VerifyUserFactorResult = "SUCCESS"
	VerifyUserFactorResultTimeout            VerifyUserFactorResult = "TIMEOUT"
	VerifyUserFactorResultTimeWindowExceeded VerifyUserFactorResult = "TIME_WINDOW_EXCEEDED"
	VerifyUserFactorResultWaiting            VerifyUserFactorResult = "WAITING"
)

// UserFactor is a factor enrolled for a user, or one a user may enroll. Its concrete type follows its
// factorType: *CallUserFactor, *EmailUserFactor, *PushUserFactor, *SecurityQuestionUserFactor,
// *SignedNonceUserFactor, *SMSUserFactor, *TokenUserFactor, *HardwareUserFactor, *CustomHOTPUserFactor
// (token:hotp and hotp), *TOTPUserFactor, *U2fUserFactor, *WebUserFactor or *WebAuthnUserFactor; a kind this
// SDK does not know decodes to *UnknownUserFactor. Every one keeps the members it does not model in Extra.
type UserFactor interface {
	// Base returns the fields every kind of factor has.
	Base() *UserFactorBase
	// kind is the factorType the concrete type stands for ("" for UnknownUserFactor).
	kind() FactorType
}

// UserFactorBase holds the fields every kind of factor has. It is embedded in each UserFactor type.
type UserFactorBase struct {
	ID         string         `json:"id,omitzero"`
	FactorType FactorType     `json:"factorType,omitzero"`
	Provider   FactorProvider `json:"provider,omitzero"`
	// VendorName is the name of the factor's vendor. Okta sends it though the spec does not list it.
	VendorName string       `json:"vendorName,omitzero"`
	Status     FactorStatus `json:"status,omitzero"`
	// Enrollment, in the factors UserFactorsService.ListSupported returns, says whether the org's policies
	// require the user to enroll the factor (REQUIRED) or leave it to the user (OPTIONAL).
	Enrollment  FactorEnrollment `json:"enrollment,omitzero"`
	Created     time.Time        `json:"created,omitzero"`
	LastUpdated time.Time        `json:"lastUpdated,omitzero"`
	// Verify, in an enrollment, carries the passcode or answer that verifies the factor at once.
	Verify *VerifyFactorRequest `json:"verify,omitzero"`
	// Embedded holds what Okta adds to an enrollment: the activation QR code and links of a push or TOTP factor,
	// the challenge of a WebAuthn factor.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
}

// Base returns c itself: the common fields of the factor that embeds it.
func (c *UserFactorBase) Base() *UserFactorBase { return c }

// CallUserFactor is a voice call factor (factorType call).
type CallUserFactor struct {
	UserFactorBase
	Profile *CallUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                  `json:"-"`
}

// CallUserFactorProfile is the phone a call factor rings.
type CallUserFactorProfile struct {
	PhoneNumber    string `json:"phoneNumber,omitzero"`
	PhoneExtension string `json:"phoneExtension,omitzero"`
	Extra          Extra  `json:"-"`
}

// EmailUserFactor is an email factor (factorType email).
type EmailUserFactor struct {
	UserFactorBase
	Profile *EmailUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                   `json:"-"`
}

// EmailUserFactorProfile is the address an email factor writes to.
type EmailUserFactorProfile struct {
	Email string `json:"email,omitzero"`
	Extra Extra  `json:"-"`
}

// PushUserFactor is an Okta Verify push factor (factorType push).
type PushUserFactor struct {
	UserFactorBase
	// ExpiresAt is when a pending activation or verification expires.
	ExpiresAt time.Time `json:"expiresAt,omitzero"`
	// FactorResult is the result of a pending activation.
	FactorResult FactorResultType       `json:"factorResult,omitzero"`
	Profile      *PushUserFactorProfile `json:"profile,omitzero"`
	Extra        Extra                  `json:"-"`
}

// PushUserFactorProfile is the device a push factor is enrolled on.
type PushUserFactorProfile struct {
	CredentialID string `json:"credentialId,omitzero"`
	DeviceToken  string `json:"deviceToken,omitzero"`
	DeviceType   string `json:"deviceType,omitzero"`
	Name         string `json:"name,omitzero"`
	Platform     string `json:"platform,omitzero"`
	Version      string `json:"version,omitzero"`
	Extra        Extra  `json:"-"`
}

// SecurityQuestionUserFactor is a security question factor (factorType question).
type SecurityQuestionUserFactor struct {
	UserFactorBase
	Profile *SecurityQuestionUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                              `json:"-"`
}

// SecurityQuestionUserFactorProfile is the question of a question factor, and its answer when enrolling.
type SecurityQuestionUserFactorProfile struct {
	// Question is the question's key, as ListSupportedSecurityQuestions returns it.
	Question     SecurityQuestionKey `json:"question,omitzero"`
	QuestionText string              `json:"questionText,omitzero"`
	Answer       string              `json:"answer,omitzero"`
	Extra        Extra               `json:"-"`
}

// SecurityQuestionKey is the key of a security question a user may choose for a question factor
// (SecurityQuestionUserFactorProfile.Question, SecurityQuestion.Question). Okta shows the user the question's text
// (QuestionText), in the user's language; ListSupportedSecurityQuestions returns the keys with their text. Okta
// may add keys; they decode as they are.
type SecurityQuestionKey string

// SecurityQuestionKey values, in the order of Okta's API description. The constant names follow the keys, which
// are Okta's own spelling (grandmother_favorite_desert is the question about a dessert).
const (
	// SecurityQuestionDislikedFood asks for the food the user least liked as a child.
	SecurityQuestionDislikedFood SecurityQuestionKey = "disliked_food"
	// SecurityQuestionNameOfFirstPlushToy asks for the name of the user's first stuffed animal.
	SecurityQuestionNameOfFirstPlushToy SecurityQuestionKey = "name_of_first_plush_toy"
	// SecurityQuestionFirstAward asks what the user earned a first award for.
	SecurityQuestionFirstAward SecurityQuestionKey = "first_award"
	// SecurityQuestionFavoriteSecurityQuestion asks for the user's favorite security question.
	SecurityQuestionFavoriteSecurityQuestion SecurityQuestionKey = "favorite_security_question"
	// SecurityQuestionFavoriteToy asks for the toy the user liked most as a child.
	SecurityQuestionFavoriteToy SecurityQuestionKey = "favorite_toy"
	// SecurityQuestionFirstComputerGame asks for the first computer game the user played.
	SecurityQuestionFirstComputerGame SecurityQuestionKey = "first_computer_game"
	// SecurityQuestionFavoriteMovieQuote asks for the user's favorite movie quote.
	SecurityQuestionFavoriteMovieQuote SecurityQuestionKey = "favorite_movie_quote"
	// SecurityQuestionFirstSportsTeamMascot asks for the mascot of the first sports team the user played on.
	SecurityQuestionFirstSportsTeamMascot SecurityQuestionKey = "first_sports_team_mascot"
	// SecurityQuestionFirstMusicPurchase asks for the first music the user bought.
	SecurityQuestionFirstMusicPurchase SecurityQuestionKey = "first_music_purchase"
	// SecurityQuestionFavoriteArtPiece asks for the user's favorite piece of art.
	SecurityQuestionFavoriteArtPiece SecurityQuestionKey = "favorite_art_piece"
	// SecurityQuestionGrandmotherFavoriteDesert asks for the user's grandmother's favorite dessert.
	SecurityQuestionGrandmotherFavoriteDesert SecurityQuestionKey = "grandmother_favorite_desert"
	// SecurityQuestionFirstThingCooked asks for the first thing the user learned to cook.
	SecurityQuestionFirstThingCooked SecurityQuestionKey = "first_thing_cooked"
	// SecurityQuestionChildhoodDreamJob asks for the user's dream job as a child.
	SecurityQuestionChildhoodDreamJob SecurityQuestionKey = "childhood_dream_job"
	// SecurityQuestionFirstKissLocation asks where the user had a first kiss.
	SecurityQuestionFirstKissLocation SecurityQuestionKey = "first_kiss_location"
	// SecurityQuestionPlaceWhereSignificantOtherWasMet asks where the user met a spouse or significant other.
	SecurityQuestionPlaceWhereSignificantOtherWasMet SecurityQuestionKey = "place_where_significant_other_was_met"
	// SecurityQuestionFavoriteVacationLocation asks where the user spent a favorite vacation.
	SecurityQuestionFavoriteVacationLocation SecurityQuestionKey = "favorite_vacation_location"
	// SecurityQuestionNewYearsTwoThousand asks where the user was on New Year's Eve 2000.
	SecurityQuestionNewYearsTwoThousand SecurityQuestionKey = "new_years_two_thousand"
	// SecurityQuestionFavoriteSpeakerActor asks for the user's favorite speaker or actor.
	SecurityQuestionFavoriteSpeakerActor SecurityQuestionKey = "favorite_speaker_actor"
	// SecurityQuestionFavoriteBookMovieCharacter asks for the user's favorite book or movie character.
	SecurityQuestionFavoriteBookMovieCharacter SecurityQuestionKey = "favorite_book_movie_character"
	// SecurityQuestionFavoriteSportsPlayer asks for the user's favorite sports player.
	SecurityQuestionFavoriteSportsPlayer SecurityQuestionKey = "favorite_sports_player"
)

// SignedNonceUserFactor is an Okta FastPass factor (factorType signed_nonce). The spec lists the factor type
// but no schema for it; the profile is modelled on what Okta returns.
type SignedNonceUserFactor struct {
	UserFactorBase
	Profile *SignedNonceUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                         `json:"-"`
}

// SignedNonceUserFactorProfile is the device a FastPass factor lives on, and its keys.
type SignedNonceUserFactorProfile struct {
	CredentialID string `json:"credentialId,omitzero"`
	DeviceType   string `json:"deviceType,omitzero"`
	Name         string `json:"name,omitzero"`
	Platform     string `json:"platform,omitzero"`
	Version      string `json:"version,omitzero"`
	// Keys are the device's public keys as JSON Web Keys.
	Keys  []SignedNonceUserFactorKey `json:"keys,omitzero"`
	Extra Extra                      `json:"-"`
}

// SignedNonceUserFactorKey is one public key of a FastPass factor, a JSON Web Key.
type SignedNonceUserFactorKey struct {
	Kty string `json:"kty,omitzero"`
	Use string `json:"use,omitzero"`
	Kid string `json:"kid,omitzero"`
	// JWKType says what the key proves: proofOfPossession, userVerification, userVerificationBioOrPin.
	JWKType string `json:"jwkType,omitzero"`
	Crv     string `json:"crv,omitzero"`
	X       string `json:"x,omitzero"`
	Y       string `json:"y,omitzero"`
	Extra   Extra  `json:"-"`
}

// SMSUserFactor is an SMS factor (factorType sms).
type SMSUserFactor struct {
	UserFactorBase
	Profile *SMSUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                 `json:"-"`
}

// SMSUserFactorProfile is the phone an SMS factor texts.
type SMSUserFactorProfile struct {
	PhoneNumber string `json:"phoneNumber,omitzero"`
	Extra       Extra  `json:"-"`
}

// TokenUserFactor is a token factor such as RSA SecurID or Symantec VIP (factorType token).
type TokenUserFactor struct {
	UserFactorBase
	Profile *TokenUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                   `json:"-"`
}

// TokenUserFactorProfile names the credential of a token factor.
type TokenUserFactorProfile struct {
	CredentialID string `json:"credentialId,omitzero"`
	Extra        Extra  `json:"-"`
}

// HardwareUserFactor is a hardware token such as a YubiKey in OTP mode (factorType token:hardware).
type HardwareUserFactor struct {
	UserFactorBase
	Profile *HardwareUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                      `json:"-"`
}

// HardwareUserFactorProfile names the credential of a hardware token.
type HardwareUserFactorProfile struct {
	CredentialID string `json:"credentialId,omitzero"`
	Extra        Extra  `json:"-"`
}

// CustomHOTPUserFactor is a custom HOTP factor (factorType token:hotp, or hotp).
type CustomHOTPUserFactor struct {
	UserFactorBase
	// FactorProfileID is the ID of the custom HOTP factor profile in the org.
	FactorProfileID string                       `json:"factorProfileId,omitzero"`
	Profile         *CustomHOTPUserFactorProfile `json:"profile,omitzero"`
	Extra           Extra                        `json:"-"`
}

// CustomHOTPUserFactorProfile is the shared secret of a custom HOTP factor, sent when enrolling.
type CustomHOTPUserFactorProfile struct {
	SharedSecret string `json:"sharedSecret,omitzero"`
	Extra        Extra  `json:"-"`
}

// TOTPUserFactor is a TOTP factor such as Okta Verify or Google Authenticator codes (factorType
// token:software:totp).
type TOTPUserFactor struct {
	UserFactorBase
	Profile *TOTPUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                  `json:"-"`
}

// TOTPUserFactorProfile names the credential of a TOTP factor.
type TOTPUserFactorProfile struct {
	CredentialID string `json:"credentialId,omitzero"`
	Extra        Extra  `json:"-"`
}

// U2fUserFactor is a U2F security key (factorType u2f).
type U2fUserFactor struct {
	UserFactorBase
	Profile *U2fUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                 `json:"-"`
}

// U2fUserFactorProfile names the credential of a U2F key.
type U2fUserFactorProfile struct {
	CredentialID string `json:"credentialId,omitzero"`
	Extra        Extra  `json:"-"`
}

// WebUserFactor is a web factor such as Duo (factorType web).
type WebUserFactor struct {
	UserFactorBase
	Profile *WebUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                 `json:"-"`
}

// WebUserFactorProfile names the credential of a web factor.
type WebUserFactorProfile struct {
	CredentialID string `json:"credentialId,omitzero"`
	Extra        Extra  `json:"-"`
}

// WebAuthnUserFactor is a WebAuthn authenticator (factorType webauthn).
type WebAuthnUserFactor struct {
	UserFactorBase
	Profile *WebAuthnUserFactorProfile `json:"profile,omitzero"`
	Extra   Extra                      `json:"-"`
}

// WebAuthnUserFactorProfile names a WebAuthn authenticator and its credential.
type WebAuthnUserFactorProfile struct {
	AuthenticatorName string `json:"authenticatorName,omitzero"`
	CredentialID      string `json:"credentialId,omitzero"`
	Extra             Extra  `json:"-"`
}

// UnknownUserFactor is a factor of a kind this SDK does not know (or one without a factorType). Its profile
// is kept as Okta sent it, and it encodes back to the same JSON.
type UnknownUserFactor struct {
	UserFactorBase
	Profile Extra `json:"profile,omitzero"`
	Extra   Extra `json:"-"`
}

func (*CallUserFactor) kind() FactorType             { return FactorTypeCall }
func (*EmailUserFactor) kind() FactorType            { return FactorTypeEmail }
func (*PushUserFactor) kind() FactorType             { return FactorTypePush }
func (*SecurityQuestionUserFactor) kind() FactorType { return FactorTypeQuestion }
func (*SignedNonceUserFactor) kind() FactorType      { return FactorTypeSignedNonce }
func (*SMSUserFactor) kind() FactorType              { return FactorTypeSMS }
func (*TokenUserFactor) kind() FactorType            { return FactorTypeToken }
func (*HardwareUserFactor) kind() FactorType         { return FactorTypeTokenHardware }
func (*CustomHOTPUserFactor) kind() FactorType       { return FactorTypeTokenHOTP }
func (*TOTPUserFactor) kind() FactorType             { return FactorTypeTokenSoftwareTOTP }
func (*U2fUserFactor) kind() FactorType              { return FactorTypeU2F }
func (*WebUserFactor) kind() FactorType              { return FactorTypeWeb }
func (*WebAuthnUserFactor) kind() FactorType         { return FactorTypeWebAuthn }
func (*UnknownUserFactor) kind() FactorType          { return "" }

func init() {
	registerUnion(unionOf[UserFactor, UnknownUserFactor]("factorType",
		kindOf[CallUserFactor](FactorTypeCall),
		kindOf[EmailUserFactor](FactorTypeEmail),
		kindOf[PushUserFactor](FactorTypePush),
		kindOf[SecurityQuestionUserFactor](FactorTypeQuestion),
		kindOf[SignedNonceUserFactor](FactorTypeSignedNonce),
		kindOf[SMSUserFactor](FactorTypeSMS),
		kindOf[TokenUserFactor](FactorTypeToken),
		kindOf[HardwareUserFactor](FactorTypeTokenHardware),
		kindOf[CustomHOTPUserFactor](FactorTypeTokenHOTP, FactorTypeHOTP),
		kindOf[TOTPUserFactor](FactorTypeTokenSoftwareTOTP),
		kindOf[U2fUserFactor](FactorTypeU2F),
		kindOf[WebUserFactor](FactorTypeWeb),
		kindOf[WebAuthnUserFactor](FactorTypeWebAuthn),
	))
}

// factorBody is the request body for factor, which encodes with the factorType its Go type stands for. A nil
// factor sends no body.
func factorBody(factor UserFactor) any {
	if factor == nil || reflect.ValueOf(factor).IsNil() {
		return nil
	}
	return factor
}

// SecurityQuestion is a question a user may choose for a question factor.
type SecurityQuestion struct {
	// Question is the question's key, to send as the profile's question when enrolling.
	Question     SecurityQuestionKey `json:"question,omitzero"`
	QuestionText string              `json:"questionText,omitzero"`
	Answer       string              `json:"answer,omitzero"`
	Extra        Extra               `json:"-"`
}

// ActivateFactorRequest is the body of UserFactorsService.Activate: the passcode for most factors, the
// attestation and client data for U2F and WebAuthn.
type ActivateFactorRequest struct {
	PassCode         string `json:"passCode,omitzero"`
	StateToken       string `json:"stateToken,omitzero"`
	Attestation      string `json:"attestation,omitzero"`
	ClientData       string `json:"clientData,omitzero"`
	RegistrationData string `json:"registrationData,omitzero"`
	Extra            Extra  `json:"-"`
}

// VerifyFactorRequest is the body of UserFactorsService.Verify: the passcode, the answer of a question
// factor, or the signed assertion of a U2F or WebAuthn factor. An empty request asks Okta to send a challenge.
type VerifyFactorRequest struct {
	PassCode          string `json:"passCode,omitzero"`
	NextPassCode      string `json:"nextPassCode,omitzero"`
	Answer            string `json:"answer,omitzero"`
	ActivationToken   string `json:"activationToken,omitzero"`
	StateToken        string `json:"stateToken,omitzero"`
	Attestation       string `json:"attestation,omitzero"`
	ClientData        string `json:"clientData,omitzero"`
	RegistrationData  string `json:"registrationData,omitzero"`
	AuthenticatorData string `json:"authenticatorData,omitzero"`
	SignatureData     string `json:"signatureData,omitzero"`
	// UseNumberMatchingChallenge, for a push factor, sends the push with a number matching challenge: the
	// answer carries the number the user must pick (VerifyUserFactorResponse.CorrectAnswer).
	UseNumberMatchingChallenge *bool `json:"useNumberMatchingChallenge,omitzero"`
	Extra                      Extra `json:"-"`
}

// VerifyUserFactorResponse is the result of a verification, or of a poll of its transaction.
//
// A push answers WAITING until the user responds in Okta Verify, then SUCCESS, REJECTED or TIMEOUT. A push sent
// with a number matching challenge answers WAITING too: what tells it apart is the number the user must pick,
// in _embedded.challenge.correctAnswer (see CorrectAnswer). Okta's API description names that case
// "WAITING (with number matching challenge)" in its mapping of factorResult, but Okta never sends that value.
type VerifyUserFactorResponse struct {
	FactorResult        VerifyUserFactorResult `json:"factorResult,omitzero"`
	FactorResultMessage string                 `json:"factorResultMessage,omitzero"`
	// FactorMessage is a message Okta may add for the user about the verification (null when none).
	FactorMessage string `json:"factorMessage,omitzero"`
	// ExpiresAt is when a WAITING transaction expires.
	ExpiresAt time.Time `json:"expiresAt,omitzero"`
	// Profile names the credential of the factor verified: for a push, the user's login.
	Profile *VerifyUserFactorResponseProfile `json:"profile,omitzero"`
	// Embedded holds, for a push with a number matching challenge, the challenge (see CorrectAnswer).
	Embedded Extra `json:"_embedded,omitzero"`
	// Links holds poll (the transaction to poll with GetTransactionStatus) and cancel while WAITING; verify and
	// factor once the push is REJECTED or timed out.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// VerifyUserFactorResponseProfile is the profile of a verification's answer: the credential of the factor.
type VerifyUserFactorResponseProfile struct {
	// CredentialID is the ID of the factor's credential (for a push, the user's login).
	CredentialID string `json:"credentialId,omitzero"`
	Extra        Extra  `json:"-"`
}

// CorrectAnswer returns the number the user must pick in Okta Verify to approve a push sent with a number
// matching challenge (_embedded.challenge.correctAnswer), and whether r carries one. The caller shows it to the
// user while the push is WAITING.
func (r *VerifyUserFactorResponse) CorrectAnswer() (int, bool) {
	var challenge struct {
		CorrectAnswer *int `json:"correctAnswer"`
	}
	if ok, err := r.Embedded.Get("challenge", &challenge); !ok || err != nil || challenge.CorrectAnswer == nil {
		return 0, false
	}
	return *challenge.CorrectAnswer, true
}
