package okta

import (
	"context"
	"net/http"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
)

// The push answers below are written from the schemas of Okta's current API description
// (UserFactorPushTransaction*, UserFactorVerifyResponse*; it has no examples for them) and Okta's reference for
// getFactorTransactionStatus, whose number matching example is {"expiresAt", "factorResult": "WAITING",
// "profile": {"credentialId"}, "_links": {"poll", "cancel"}, "_embedded": {"challenge"}}. Nothing recorded in
// ../shared/cassettes verifies a factor. Each carries a member the SDK does not model ("futureMember"), which
// must come back from Extra.

const (
	pushWaitingNMCJSON = `{
		"expiresAt": "2015-04-01T15:57:32.000Z",
		"factorResult": "WAITING",
		"factorMessage": null,
		"profile": {"credentialId": "jane.doe@example.com", "futureMember": 1},
		"_embedded": {"challenge": {"correctAnswer": 72}},
		"_links": {
			"poll": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/transactions/v2t1", "hints": {"allow": ["GET"]}},
			"cancel": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/transactions/v2t1", "hints": {"allow": ["DELETE"]}}
		},
		"futureMember": "x"
	}`
	pushWaitingJSON = `{
		"expiresAt": "2015-04-01T15:57:32.000Z",
		"factorResult": "WAITING",
		"profile": {"credentialId": "jane.doe@example.com"},
		"_links": {
			"poll": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/transactions/v2t1", "hints": {"allow": ["GET"]}},
			"cancel": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/transactions/v2t1", "hints": {"allow": ["DELETE"]}}
		}
	}`
	pushRejectedJSON = `{
		"factorResult": "REJECTED",
		"profile": {"credentialId": "jane.doe@example.com"},
		"_links": {
			"verify": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/verify", "hints": {"allow": ["POST"]}},
			"factor": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1", "hints": {"allow": ["GET", "DELETE"]}}
		}
	}`
	pushTimeoutJSON = `{
		"factorResult": "TIMEOUT",
		"profile": {"credentialId": "jane.doe@example.com"},
		"_links": {
			"verify": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1/verify", "hints": {"allow": ["POST"]}},
			"factor": {"href": "https://test.okta.com/api/v1/users/00u1/factors/opf1", "hints": {"allow": ["GET", "DELETE"]}}
		}
	}`
	verifySuccessMessageJSON = `{"factorResult": "SUCCESS", "factorMessage": "Verified with Okta Verify", "profile": {"credentialId": "jane.doe@example.com"}}`
	// questionFactorJSON is a security question factor as getFactor returns it (the answer is write-only).
	questionFactorJSON = `{
		"id": "ufs1", "factorType": "question", "provider": "OKTA", "vendorName": "OKTA", "status": "ACTIVE",
		"created": "2020-08-27T18:15:34.000Z", "lastUpdated": "2020-08-27T18:15:34.000Z",
		"profile": {"question": "disliked_food", "questionText": "What is the food you least liked as a child?"},
		"_links": {"self": {"href": "https://test.okta.com/api/v1/users/00u1/factors/ufs1"}}
	}`
)

// verifyResult is what TestSchemaCurrentFactorsMethods checks of a VerifyUserFactorResponse.
type verifyResult struct {
	FactorResult  VerifyUserFactorResult
	FactorMessage string
	CredentialID  string
	CorrectAnswer int
	HasAnswer     bool
	Poll, Factor  string
}

func verifyResultOf(v *VerifyUserFactorResponse) verifyResult {
	r := verifyResult{FactorResult: v.FactorResult, FactorMessage: v.FactorMessage, Poll: v.Links.Href("poll"), Factor: v.Links.Href("factor")}
	if v.Profile != nil {
		r.CredentialID = v.Profile.CredentialID
	}
	r.CorrectAnswer, r.HasAnswer = v.CorrectAnswer()
	return r
}

// TestSchemaCurrentFactorsMethods decodes the members Okta's current description added to the factor answers
// and the question key through the methods that return them (each result must encode back to the very
// response), and checks the request bodies that carry them.
func TestSchemaCurrentFactorsMethods(t *testing.T) {
	t.Parallel()
	const poll = "https://test.okta.com/api/v1/users/00u1/factors/opf1/transactions/v2t1"
	const factorLink = "https://test.okta.com/api/v1/users/00u1/factors/opf1"
	transaction := func(name, response string, want verifyResult) apiCall {
		return apiCall{
			name: "GetTransactionStatus " + name, op: "getFactorTransactionStatus", ids: []string{"00u1", "opf1", "v2t1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.GetTransactionStatus(ctx, ids[0], ids[1], ids[2])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/opf1/transactions/v2t1",
			response: []byte(response),
			check: func(t *testing.T, got any) {
				if diff := gocmp.Diff(want, verifyResultOf(got.(*VerifyUserFactorResponse))); diff != "" {
					t.Errorf("transaction (-want +got):\n%s", diff)
				}
			},
		}
	}
	calls := []apiCall{
		{
			name: "Verify push with a number matching challenge", op: "verifyFactor", ids: []string{"00u1", "opf1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Verify(ctx, ids[0], ids[1], &VerifyFactorRequest{UseNumberMatchingChallenge: new(true)},
					&UserFactorsVerifyOptions{UserAgent: "Mozilla/5.0 (end user)"})
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors/opf1/verify",
			body:     `{"useNumberMatchingChallenge": true}`,
			header:   map[string]string{"User-Agent": "Mozilla/5.0 (end user)"},
			status:   http.StatusCreated,
			response: []byte(pushWaitingNMCJSON),
			check: func(t *testing.T, got any) {
				v := got.(*VerifyUserFactorResponse)
				want := verifyResult{FactorResult: VerifyUserFactorResultWaiting, CredentialID: "jane.doe@example.com", CorrectAnswer: 72, HasAnswer: true, Poll: poll}
				if diff := gocmp.Diff(want, verifyResultOf(v)); diff != "" {
					t.Errorf("verify (-want +got):\n%s", diff)
				}
				// A null factorMessage and the members not modelled come back from Extra.
				if string(v.Extra["factorMessage"]) != "null" || string(v.Extra["futureMember"]) != `"x"` || string(v.Profile.Extra["futureMember"]) != "1" {
					t.Errorf("extra = %v, profile extra = %v", v.Extra, v.Profile.Extra)
				}
			},
		},
		{
			name: "Verify with a message", op: "verifyFactor", ids: []string{"00u1", "opf1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Verify(ctx, ids[0], ids[1], &VerifyFactorRequest{PassCode: "123456"}, nil)
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors/opf1/verify",
			body:     `{"passCode": "123456"}`,
			response: []byte(verifySuccessMessageJSON),
			check: func(t *testing.T, got any) {
				want := verifyResult{FactorResult: VerifyUserFactorResultSuccess, FactorMessage: "Verified with Okta Verify", CredentialID: "jane.doe@example.com"}
				if diff := gocmp.Diff(want, verifyResultOf(got.(*VerifyUserFactorResponse))); diff != "" {
					t.Errorf("verify (-want +got):\n%s", diff)
				}
			},
		},
		transaction("waiting with a number matching challenge", pushWaitingNMCJSON,
			verifyResult{FactorResult: VerifyUserFactorResultWaiting, CredentialID: "jane.doe@example.com", CorrectAnswer: 72, HasAnswer: true, Poll: poll}),
		transaction("waiting", pushWaitingJSON,
			verifyResult{FactorResult: VerifyUserFactorResultWaiting, CredentialID: "jane.doe@example.com", Poll: poll}),
		transaction("rejected", pushRejectedJSON,
			verifyResult{FactorResult: VerifyUserFactorResultRejected, CredentialID: "jane.doe@example.com", Factor: factorLink}),
		transaction("timeout", pushTimeoutJSON,
			verifyResult{FactorResult: VerifyUserFactorResultTimeout, CredentialID: "jane.doe@example.com", Factor: factorLink}),
		transaction("success", `{"factorResult": "SUCCESS"}`, verifyResult{FactorResult: VerifyUserFactorResultSuccess}),
		{
			name: "ListSupported enrollment", op: "listSupportedFactors", ids: []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.ListSupported(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/catalog",
			response: []byte(`[
				{"factorType": "push", "provider": "OKTA", "vendorName": "OKTA", "status": "NOT_SETUP", "enrollment": "REQUIRED",
					"_links": {"enroll": {"href": "https://test.okta.com/api/v1/users/00u1/factors", "hints": {"allow": ["POST"]}}}},
				{"factorType": "question", "provider": "OKTA", "vendorName": "OKTA", "status": "NOT_SETUP", "enrollment": "OPTIONAL", "futureMember": true},
				{"factorType": "sms", "provider": "OKTA", "status": "ACTIVE", "enrollment": "SOMETIMES"}]`),
			check: func(t *testing.T, got any) {
				var enrollments []FactorEnrollment
				for _, f := range got.([]UserFactor) {
					enrollments = append(enrollments, f.Base().Enrollment)
				}
				want := []FactorEnrollment{FactorEnrollmentRequired, FactorEnrollmentOptional, "SOMETIMES"}
				if diff := gocmp.Diff(want, enrollments); diff != "" {
					t.Errorf("enrollments (-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "Get question factor", op: "getFactor", ids: []string{"00u1", "ufs1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Get(ctx, ids[0], ids[1])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/ufs1",
			response: []byte(questionFactorJSON),
			check: func(t *testing.T, got any) {
				f, ok := got.(*SecurityQuestionUserFactor)
				if !ok || f.Profile == nil || f.Profile.Question != SecurityQuestionDislikedFood || f.Profile.QuestionText == "" {
					t.Errorf("factor = %#v", got)
				}
			},
		},
		{
			name: "Enroll question factor", op: "enrollFactor", ids: []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.Enroll(ctx, ids[0], &SecurityQuestionUserFactor{
					Profile: &SecurityQuestionUserFactorProfile{Question: SecurityQuestionNameOfFirstPlushToy, Answer: "Teddy"},
				}, nil)
			},
			method: http.MethodPost, path: "/api/v1/users/00u1/factors",
			body: `{"factorType": "question", "profile": {"question": "name_of_first_plush_toy", "answer": "Teddy"}}`,
			response: []byte(`{"id": "ufs2", "factorType": "question", "provider": "OKTA", "status": "ACTIVE",
				"profile": {"question": "name_of_first_plush_toy", "questionText": "What is the name of your first stuffed animal?"}}`),
			check: func(t *testing.T, got any) {
				if f, ok := got.(*SecurityQuestionUserFactor); !ok || f.Profile.Question != SecurityQuestionNameOfFirstPlushToy {
					t.Errorf("factor = %#v", got)
				}
			},
		},
		{
			name: "ListSupportedSecurityQuestions keys", op: "listSupportedSecurityQuestions", ids: []string{"00u1"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.ListSupportedSecurityQuestions(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/users/00u1/factors/questions",
			response: []byte(`[
				{"question": "disliked_food", "questionText": "What is the food you least liked as a child?"},
				{"question": "grandmother_favorite_desert", "questionText": "What was your grandmother's favorite dessert?"},
				{"question": "a_question_okta_adds_later", "questionText": "?"}]`),
			check: func(t *testing.T, got any) {
				var keys []SecurityQuestionKey
				for _, q := range got.([]SecurityQuestion) {
					keys = append(keys, q.Question)
				}
				want := []SecurityQuestionKey{SecurityQuestionDislikedFood, SecurityQuestionGrandmotherFavoriteDesert, "a_question_okta_adds_later"}
				if diff := gocmp.Diff(want, keys); diff != "" {
					t.Errorf("keys (-want +got):\n%s", diff)
				}
			},
		},
	}
	runAPICalls(t, calls)
}

// TestSchemaCurrentAPITokenReplace checks that the read-only members Okta's current description lists in the
// body of upsertApiToken are sent when set, as in its example, and that ReplaceRequest still leaves them out.
func TestSchemaCurrentAPITokenReplace(t *testing.T) {
	t.Parallel()
	token := fixture(t, "api_tokens/getApiToken/test_comprehensive_token_operations.2.json")
	var tok APIToken
	if err := decodeJSON(token, &tok); err != nil {
		t.Fatal(err)
	}
	runAPICalls(t, []apiCall{
		{
			name: "Replace with the read-only members", op: "upsertApiToken", ids: []string{"00T1f3w86v9h8o1VZ1d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				req := tok.ReplaceRequest()
				req.Network = &APITokenNetwork{Connection: "ZONE", Include: []string{"nzo1"}}
				req.ClientName, req.Created = tok.ClientName, tok.Created
				return c.APITokens.Replace(ctx, ids[0], req)
			},
			method: http.MethodPut, path: "/api/v1/api-tokens/00T1f3w86v9h8o1VZ1d7",
			body: `{"name": "Aditya's Token", "clientName": "Okta API", "userId": "00uq3v4l71WsFPInE1d7",
				"network": {"connection": "ZONE", "include": ["nzo1"]}, "created": "2025-09-16T05:34:42Z"}`,
			response: token,
		},
		{
			name: "Replace leaves unset read-only members out", op: "upsertApiToken", ids: []string{"00T1f3w86v9h8o1VZ1d7"},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.APITokens.Replace(ctx, ids[0], tok.ReplaceRequest())
			},
			method: http.MethodPut, path: "/api/v1/api-tokens/00T1f3w86v9h8o1VZ1d7",
			body:     `{"name": "Aditya's Token", "userId": "00uq3v4l71WsFPInE1d7", "network": {"connection": "ANYWHERE"}}`,
			response: token,
		},
	})
}

// TestSchemaCurrentFactorsRoundTrip decodes each payload into its type, checks the typed values, and requires
// the very JSON back.
func TestSchemaCurrentFactorsRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		raw   string
		check func(t *testing.T, raw []byte)
	}{
		{"push waiting with a number matching challenge", pushWaitingNMCJSON, func(t *testing.T, raw []byte) {
			v := assertRoundTrip[*VerifyUserFactorResponse](t, raw)
			want := time.Date(2015, 4, 1, 15, 57, 32, 0, time.UTC)
			if n, ok := v.CorrectAnswer(); !ok || n != 72 || !v.ExpiresAt.Equal(want) {
				t.Errorf("answer %d %v, expiresAt %v", n, ok, v.ExpiresAt)
			}
		}},
		{"push waiting", pushWaitingJSON, func(t *testing.T, raw []byte) {
			if _, ok := assertRoundTrip[*VerifyUserFactorResponse](t, raw).CorrectAnswer(); ok {
				t.Error("a push without a number matching challenge has no answer")
			}
		}},
		{"push rejected", pushRejectedJSON, func(t *testing.T, raw []byte) {
			assertRoundTrip[*VerifyUserFactorResponse](t, raw)
		}},
		{"push timeout", pushTimeoutJSON, func(t *testing.T, raw []byte) {
			assertRoundTrip[*VerifyUserFactorResponse](t, raw)
		}},
		{"a challenge without an answer", `{"factorResult":"WAITING","_embedded":{"challenge":null}}`, func(t *testing.T, raw []byte) {
			if _, ok := assertRoundTrip[*VerifyUserFactorResponse](t, raw).CorrectAnswer(); ok {
				t.Error("a null challenge has no answer")
			}
		}},
		{"a mistyped answer", `{"factorResult":"WAITING","_embedded":{"challenge":{"correctAnswer":"72"}}}`, func(t *testing.T, raw []byte) {
			if _, ok := assertRoundTrip[*VerifyUserFactorResponse](t, raw).CorrectAnswer(); ok {
				t.Error("a string answer is not a number")
			}
		}},
		{"verify message", verifySuccessMessageJSON, func(t *testing.T, raw []byte) {
			if v := assertRoundTrip[*VerifyUserFactorResponse](t, raw); v.FactorMessage != "Verified with Okta Verify" {
				t.Errorf("factorMessage = %q", v.FactorMessage)
			}
		}},
		{"question factor", questionFactorJSON, func(t *testing.T, raw []byte) {
			f := assertRoundTrip[UserFactor](t, raw).(*SecurityQuestionUserFactor)
			if f.Profile.Question != SecurityQuestionDislikedFood {
				t.Errorf("question = %q", f.Profile.Question)
			}
		}},
		{"supported factor", `{"factorType":"call","provider":"OKTA","status":"NOT_SETUP","enrollment":"REQUIRED","_embedded":{"x":{}}}`, func(t *testing.T, raw []byte) {
			if f := assertRoundTrip[UserFactor](t, raw); f.Base().Enrollment != FactorEnrollmentRequired {
				t.Errorf("enrollment = %q", f.Base().Enrollment)
			}
		}},
		{"verify request", `{"useNumberMatchingChallenge":false,"futureMember":1}`, func(t *testing.T, raw []byte) {
			if r := assertRoundTrip[*VerifyFactorRequest](t, raw); r.UseNumberMatchingChallenge == nil || *r.UseNumberMatchingChallenge {
				t.Errorf("useNumberMatchingChallenge = %v", r.UseNumberMatchingChallenge)
			}
		}},
		// The example request of upsertApiToken in Okta's current description.
		{"API token update", `{"name":"api_token_name","clientName":"client_name","userId":"00uabcdefg1234567890",
			"network":{"connection":"ANYWHERE"},"created":"2021-11-09T20:38:10.000Z"}`, func(t *testing.T, raw []byte) {
			r := assertRoundTrip[*ReplaceAPITokenRequest](t, raw)
			if r.ClientName != "client_name" || !r.Created.Equal(time.Date(2021, 11, 9, 20, 38, 10, 0, time.UTC)) {
				t.Errorf("request = %+v", r)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.check(t, []byte(tc.raw))
		})
	}
}
