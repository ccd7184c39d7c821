package okta

import (
	"context"
	"net/http"
	"time"
)

// This file holds the user operations Okta added after 5.1.0 that are not enrollments: a user's risk, their
// classification and the devices they enrolled.

// GetRisk retrieves a user's risk level, as an admin or a risk provider set it.
//
//okta:operation getUserRisk GET /api/v1/users/{userId}/risk
func (s *UsersService) GetRisk(ctx context.Context, userID string) (*UserRisk, *Response, error) {
	return send[*UserRisk](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/risk", userID))
}

// ReplaceRisk sets a user's risk level, creating the user's risk object if there is none yet (Okta answers 201
// then, 200 otherwise).
//
//okta:operation upsertUserRisk PUT /api/v1/users/{userId}/risk
func (s *UsersService) ReplaceRisk(ctx context.Context, userID string, risk *ReplaceUserRiskRequest) (*UserRisk, *Response, error) {
	return send[*UserRisk](ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}/risk", userID).withBody(risk))
}

// GetClassification retrieves a user's classification: whether they are a standard or a lite user.
//
//okta:operation getUserClassification GET /api/v1/users/{userId}/classification
func (s *UsersService) GetClassification(ctx context.Context, userID string) (*UserClassification, *Response, error) {
	return send[*UserClassification](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/classification", userID))
}

// ReplaceClassification sets a user's classification.
//
//okta:operation replaceUserClassification PUT /api/v1/users/{userId}/classification
func (s *UsersService) ReplaceClassification(ctx context.Context, userID string, classification *ReplaceUserClassificationRequest) (*UserClassification, *Response, error) {
	return send[*UserClassification](ctx, s.client, newRequest(http.MethodPut, "/api/v1/users/{userId}/classification", userID).withBody(classification))
}

// ListDevices returns the devices a user enrolled, each with the time of its link to the user. The list is not
// paginated. DevicesService.List lists every device of the org.
//
//okta:operation listUserDevices GET /api/v1/users/{userId}/devices
func (s *UsersService) ListDevices(ctx context.Context, userID string) ([]UserDevice, *Response, error) {
	return send[[]UserDevice](ctx, s.client, newRequest(http.MethodGet, "/api/v1/users/{userId}/devices", userID))
}

// UserRiskLevel is the risk level of a user.
type UserRiskLevel string

// UserRiskLevel values. ReplaceRisk sets only High or Low; Okta may send others, which decode as they are.
const (
	UserRiskLevelHigh   UserRiskLevel = "HIGH"
	UserRiskLevelMedium UserRiskLevel = "MEDIUM"
	UserRiskLevelLow    UserRiskLevel = "LOW"
	UserRiskLevelNone   UserRiskLevel = "NONE"
)

// UserRisk is a user's risk: its level and, unless the level is NONE, the reason for it.
//
// The API describes two shapes chosen by riskLevel (with a reason for HIGH, MEDIUM and LOW, without one for
// NONE); they differ by that one optional member, so one type holds both.
type UserRisk struct {
	RiskLevel UserRiskLevel `json:"riskLevel,omitzero"`
	// Reason says why the user has this risk level ("Admin override risk").
	Reason string `json:"reason,omitzero"`
	Links  Links  `json:"_links,omitzero"`
	Extra  Extra  `json:"-"`
}

// ReplaceRequest returns the body that UsersService.ReplaceRisk takes for r: its risk level.
func (r *UserRisk) ReplaceRequest() *ReplaceUserRiskRequest {
	return &ReplaceUserRiskRequest{RiskLevel: r.RiskLevel}
}

// ReplaceUserRiskRequest is the body of UsersService.ReplaceRisk.
type ReplaceUserRiskRequest struct {
	// RiskLevel is the level to set: UserRiskLevelHigh or UserRiskLevelLow.
	RiskLevel UserRiskLevel `json:"riskLevel,omitzero"`
	Extra     Extra         `json:"-"`
}

// ClassificationType is the classification of a user.
type ClassificationType string

// ClassificationType values. Okta may send others; they decode as they are.
const (
	ClassificationTypeLite     ClassificationType = "LITE"
	ClassificationTypeStandard ClassificationType = "STANDARD"
)

// UserClassification is a user's classification.
type UserClassification struct {
	Type ClassificationType `json:"type,omitzero"`
	// LastUpdated is when the classification last changed (read-only).
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Extra       Extra     `json:"-"`
}

// ReplaceRequest returns the body that UsersService.ReplaceClassification takes for c: its type.
func (c *UserClassification) ReplaceRequest() *ReplaceUserClassificationRequest {
	return &ReplaceUserClassificationRequest{Type: c.Type}
}

// ReplaceUserClassificationRequest is the body of UsersService.ReplaceClassification.
type ReplaceUserClassificationRequest struct {
	Type  ClassificationType `json:"type,omitzero"`
	Extra Extra              `json:"-"`
}

// UserDevice is a device a user enrolled: the device and its link to the user.
type UserDevice struct {
	// Created is when the device was linked to the user.
	Created time.Time `json:"created,omitzero"`
	Device  *Device   `json:"device,omitzero"`
	// DeviceUserID identifies the link between the device and the user.
	DeviceUserID string `json:"deviceUserId,omitzero"`
	Extra        Extra  `json:"-"`
}
