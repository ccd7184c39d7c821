package okta

import (
	"context"
	"net/http"
	"time"
)

// This file holds the org's YubiKey OTP tokens: the seeds of YubiKeys an admin uploaded so that users can enroll
// them as token:hardware factors.

// ListYubiKeyOTPTokens returns one page of the org's YubiKey OTP tokens. Pass resp.After back in opts.After to
// fetch the next page, or use ListYubiKeyOTPTokensIter.
//
//okta:operation listYubikeyOtpTokens GET /api/v1/org/factors/yubikey_token/tokens
func (s *UserFactorsService) ListYubiKeyOTPTokens(ctx context.Context, opts *UserFactorsListYubiKeyOTPTokensOptions) ([]YubiKeyOTPToken, *Response, error) {
	return send[[]YubiKeyOTPToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/factors/yubikey_token/tokens").withQuery(opts))
}

// ListYubiKeyOTPTokensIter returns an iterator over all the org's YubiKey OTP tokens that match opts, fetching
// pages as it goes.
func (s *UserFactorsService) ListYubiKeyOTPTokensIter(ctx context.Context, opts *UserFactorsListYubiKeyOTPTokensOptions) *Iterator[YubiKeyOTPToken] {
	return newIterator[YubiKeyOTPToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/factors/yubikey_token/tokens").withQuery(opts))
}

// UploadYubiKeyOTPTokenSeed uploads the seed of a YubiKey, which a user can then enroll as a token:hardware
// factor.
//
// The API description lists the query parameters of the token list on this operation too, since they sit on the
// path they share; they do nothing for an upload, so this method has no options.
//
//okta:operation uploadYubikeyOtpTokenSeed POST /api/v1/org/factors/yubikey_token/tokens
func (s *UserFactorsService) UploadYubiKeyOTPTokenSeed(ctx context.Context, seed *UploadYubiKeyOTPTokenSeedRequest) (*YubiKeyOTPToken, *Response, error) {
	return send[*YubiKeyOTPToken](ctx, s.client, newRequest(http.MethodPost, "/api/v1/org/factors/yubikey_token/tokens").withBody(seed))
}

// GetYubiKeyOTPToken retrieves one of the org's YubiKey OTP tokens by ID.
//
//okta:operation getYubikeyOtpTokenById GET /api/v1/org/factors/yubikey_token/tokens/{tokenId}
func (s *UserFactorsService) GetYubiKeyOTPToken(ctx context.Context, tokenID string) (*YubiKeyOTPToken, *Response, error) {
	return send[*YubiKeyOTPToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/org/factors/yubikey_token/tokens/{tokenId}", tokenID))
}

// YubiKeyOTPTokenField is a field of a YubiKey OTP token that the token list filters and sorts by.
type YubiKeyOTPTokenField string

// YubiKeyOTPTokenField values.
const (
	YubiKeyOTPTokenFieldEmail        YubiKeyOTPTokenField = "profile.email"
	YubiKeyOTPTokenFieldSerial       YubiKeyOTPTokenField = "profile.serial"
	YubiKeyOTPTokenFieldActivated    YubiKeyOTPTokenField = "activated"
	YubiKeyOTPTokenFieldUserID       YubiKeyOTPTokenField = "user.id"
	YubiKeyOTPTokenFieldCreated      YubiKeyOTPTokenField = "created"
	YubiKeyOTPTokenFieldStatus       YubiKeyOTPTokenField = "status"
	YubiKeyOTPTokenFieldLastVerified YubiKeyOTPTokenField = "lastVerified"
)

// UserFactorsListYubiKeyOTPTokensOptions are the parameters of UserFactorsService.ListYubiKeyOTPTokens and
// ListYubiKeyOTPTokensIter.
//
// Okta's forDownload parameter, which answers with a CSV file instead of the list, is not offered: the method
// decodes a JSON list.
type UserFactorsListYubiKeyOTPTokensOptions struct {
	// Filter is the expression to filter tokens by, over the fields YubiKeyOTPTokenField names
	// (`status eq "UNASSIGNED"`).
	Filter string `url:"filter"`
	// Expand, set to "user", embeds the user a token is assigned to.
	Expand string `url:"expand"`
	// SortBy is the field to sort by.
	SortBy YubiKeyOTPTokenField `url:"sortBy"`
	// SortOrder is "ASC" or "DESC" (with SortBy).
	SortOrder string `url:"sortOrder"`
	// Limit is the page size (at most 200; Okta's default is 20).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// YubiKeyOTPTokenStatus is the status of a YubiKey OTP token.
type YubiKeyOTPTokenStatus string

// YubiKeyOTPTokenStatus values. Okta may send others; they decode as they are.
const (
	YubiKeyOTPTokenStatusActive     YubiKeyOTPTokenStatus = "ACTIVE"
	YubiKeyOTPTokenStatusBlocked    YubiKeyOTPTokenStatus = "BLOCKED"
	YubiKeyOTPTokenStatusDeleted    YubiKeyOTPTokenStatus = "DELETED"
	YubiKeyOTPTokenStatusInactive   YubiKeyOTPTokenStatus = "INACTIVE"
	YubiKeyOTPTokenStatusRevoked    YubiKeyOTPTokenStatus = "REVOKED"
	YubiKeyOTPTokenStatusUnassigned YubiKeyOTPTokenStatus = "UNASSIGNED"
)

// YubiKeyOTPToken is a YubiKey whose seed the org uploaded.
type YubiKeyOTPToken struct {
	ID     string                `json:"id,omitzero"`
	Status YubiKeyOTPTokenStatus `json:"status,omitzero"`
	// Profile describes the token: Okta sends its serial number ("serial"), and the email of the user it is
	// assigned to, if any.
	Profile      Extra     `json:"profile,omitzero"`
	Created      time.Time `json:"created,omitzero"`
	LastUpdated  time.Time `json:"lastUpdated,omitzero"`
	LastVerified time.Time `json:"lastVerified,omitzero"`
	// Embedded holds the user the token is assigned to, with Expand "user".
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// UploadYubiKeyOTPTokenSeedRequest is the body of UserFactorsService.UploadYubiKeyOTPTokenSeed: a YubiKey's
// configuration as the YubiKey Personalization Tool exports it.
type UploadYubiKeyOTPTokenSeedRequest struct {
	SerialNumber string `json:"serialNumber,omitzero"`
	PublicID     string `json:"publicId,omitzero"`
	PrivateID    string `json:"privateId,omitzero"`
	// AESKey is the key the YubiKey encrypts its one-time passwords with.
	AESKey string `json:"aesKey,omitzero"`
	Extra  Extra  `json:"-"`
}
