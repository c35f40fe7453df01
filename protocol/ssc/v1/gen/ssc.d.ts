import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace ssc {

    namespace v1 {

        enum OperatorType {
            OPERATOR_TYPE_UNSPECIFIED = 0,
            OPERATOR_TYPE_STAFF = 1,
            OPERATOR_TYPE_KIOSK = 2,
            OPERATOR_TYPE_MOBILE = 3
        }

        enum CredentialType {
            CREDENTIAL_TYPE_UNSPECIFIED = 0,
            CREDENTIAL_TYPE_E_VOUCHER = 1,
            CREDENTIAL_TYPE_ID_CARD = 2,
            CREDENTIAL_TYPE_SSC_CARD = 3,
            CREDENTIAL_TYPE_LEGACY_MAGNETIC = 4,
            CREDENTIAL_TYPE_LEGACY_COUNTY_IC = 5
        }

        enum Result {
            RESULT_UNSPECIFIED = 0,
            RESULT_APPROVED = 1,
            RESULT_DECLINED = 2
        }

        enum Gender {
            GENDER_UNSPECIFIED = 0,
            GENDER_MALE = 1,
            GENDER_FEMALE = 2
        }

        enum InsuranceType {
            INSURANCE_TYPE_UNSPECIFIED = 0,
            INSURANCE_TYPE_EMPLOYEE_BASIC = 310,
            INSURANCE_TYPE_CIVIL_SERVANT = 320,
            INSURANCE_TYPE_LARGE_AMOUNT = 330,
            INSURANCE_TYPE_RESIDENT = 390
        }

        enum InsuranceStatus {
            INSURANCE_STATUS_NOT_INSURED = 0,
            INSURANCE_STATUS_NORMAL = 1,
            INSURANCE_STATUS_SUSPENDED = 2,
            INSURANCE_STATUS_TERMINATED = 4
        }

        enum MedicalType {
            MEDICAL_TYPE_UNSPECIFIED = 0,
            MEDICAL_TYPE_OUTPATIENT = 11,
            MEDICAL_TYPE_EMERGENCY = 13,
            MEDICAL_TYPE_CHRONIC = 14,
            MEDICAL_TYPE_INPATIENT = 21,
            MEDICAL_TYPE_PHARMACY = 41
        }

        enum CatalogueClass {
            CATALOGUE_CLASS_UNSPECIFIED = 0,
            CATALOGUE_CLASS_A = 1,
            CATALOGUE_CLASS_B = 2,
            CATALOGUE_CLASS_SELF_PAY = 3
        }

        enum ClearingType {
            CLEARING_TYPE_UNSPECIFIED = 0,
            CLEARING_TYPE_OUTPATIENT = 11,
            CLEARING_TYPE_INPATIENT = 21,
            CLEARING_TYPE_PHARMACY = 41
        }

        enum Operation {
            OPERATION_UNSPECIFIED = 0,
            OPERATION_SETTLE = 1,
            OPERATION_CANCEL_SETTLEMENT = 2,
            OPERATION_OPEN_VISIT = 4
        }

        interface IRequestHeader extends ssc.v1.RequestHeader.$Properties {
        }

        class RequestHeader {
            constructor(properties?: ssc.v1.RequestHeader.$Properties);
            $unknowns?: Uint8Array[];
            msgId: string;
            terminalId: string;
            institutionCode: string;
            operatorId: string;
            operatorType: ssc.v1.OperatorType;
            signNo: string;
            requestTimeMs: (number|Long);
            careRegion: string;
            insuredRegion: string;
            static encode(message: ssc.v1.RequestHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.RequestHeader & ssc.v1.RequestHeader.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.RequestHeader;
            static toObject(message: ssc.v1.RequestHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RequestHeader {
            interface $Properties {
                msgId?: (string|null);
                terminalId?: (string|null);
                institutionCode?: (string|null);
                operatorId?: (string|null);
                operatorType?: (ssc.v1.OperatorType|null);
                signNo?: (string|null);
                requestTimeMs?: (number|Long|null);
                careRegion?: (string|null);
                insuredRegion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.RequestHeader.$Properties;
        }

        interface ICredential extends ssc.v1.Credential.$Properties {
        }

        class Credential {
            constructor(properties?: ssc.v1.Credential.$Properties);
            $unknowns?: Uint8Array[];
            type: ssc.v1.CredentialType;
            cardNo: string;
            cardSn: string;
            idNo: string;
            static encode(message: ssc.v1.Credential.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Credential & ssc.v1.Credential.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Credential;
            static toObject(message: ssc.v1.Credential, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Credential {
            interface $Properties {
                type?: (ssc.v1.CredentialType|null);
                cardNo?: (string|null);
                cardSn?: (string|null);
                idNo?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Credential.$Properties;
        }

        interface IOutcome extends ssc.v1.Outcome.$Properties {
        }

        class Outcome {
            constructor(properties?: ssc.v1.Outcome.$Properties);
            $unknowns?: Uint8Array[];
            refMsgId: string;
            result: ssc.v1.Result;
            reason: string;
            messageZh: string;
            messageEn: string;
            field: string;
            duplicate: boolean;
            serverTimeMs: (number|Long);
            static encode(message: ssc.v1.Outcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Outcome & ssc.v1.Outcome.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Outcome;
            static toObject(message: ssc.v1.Outcome, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Outcome {
            interface $Properties {
                refMsgId?: (string|null);
                result?: (ssc.v1.Result|null);
                reason?: (string|null);
                messageZh?: (string|null);
                messageEn?: (string|null);
                field?: (string|null);
                duplicate?: (boolean|null);
                serverTimeMs?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Outcome.$Properties;
        }

        interface IPersonSummary extends ssc.v1.PersonSummary.$Properties {
        }

        class PersonSummary {
            constructor(properties?: ssc.v1.PersonSummary.$Properties);
            $unknowns?: Uint8Array[];
            nameMasked: string;
            gender: ssc.v1.Gender;
            idNoMasked: string;
            insuredRegion: string;
            insuranceType: ssc.v1.InsuranceType;
            insuranceStatus: ssc.v1.InsuranceStatus;
            accountBalanceFen: (number|Long);
            insuredFromMs: (number|Long);
            insuredToMs: (number|Long);
            personNo: string;
            static encode(message: ssc.v1.PersonSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.PersonSummary & ssc.v1.PersonSummary.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.PersonSummary;
            static toObject(message: ssc.v1.PersonSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PersonSummary {
            interface $Properties {
                nameMasked?: (string|null);
                gender?: (ssc.v1.Gender|null);
                idNoMasked?: (string|null);
                insuredRegion?: (string|null);
                insuranceType?: (ssc.v1.InsuranceType|null);
                insuranceStatus?: (ssc.v1.InsuranceStatus|null);
                accountBalanceFen?: (number|Long|null);
                insuredFromMs?: (number|Long|null);
                insuredToMs?: (number|Long|null);
                personNo?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.PersonSummary.$Properties;
        }

        interface ITimings extends ssc.v1.Timings.$Properties {
        }

        class Timings {
            constructor(properties?: ssc.v1.Timings.$Properties);
            $unknowns?: Uint8Array[];
            receiveUs: number;
            decodeUs: number;
            queueUs: number;
            decideUs: number;
            encodeUs: number;
            totalUs: number;
            commitUs: number;
            appliedSeq: (number|Long);
            static encode(message: ssc.v1.Timings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Timings & ssc.v1.Timings.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Timings;
            static toObject(message: ssc.v1.Timings, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Timings {
            interface $Properties {
                receiveUs?: (number|null);
                decodeUs?: (number|null);
                queueUs?: (number|null);
                decideUs?: (number|null);
                encodeUs?: (number|null);
                totalUs?: (number|null);
                commitUs?: (number|null);
                appliedSeq?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Timings.$Properties;
        }

        interface ISignInRequest extends ssc.v1.SignInRequest.$Properties {
        }

        class SignInRequest {
            constructor(properties?: ssc.v1.SignInRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            static encode(message: ssc.v1.SignInRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.SignInRequest & ssc.v1.SignInRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.SignInRequest;
            static toObject(message: ssc.v1.SignInRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignInRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.SignInRequest.$Properties;
        }

        interface ISignInReply extends ssc.v1.SignInReply.$Properties {
        }

        class SignInReply {
            constructor(properties?: ssc.v1.SignInReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            signNo: string;
            signExpiresMs: (number|Long);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.SignInReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.SignInReply & ssc.v1.SignInReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.SignInReply;
            static toObject(message: ssc.v1.SignInReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignInReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                signNo?: (string|null);
                signExpiresMs?: (number|Long|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.SignInReply.$Properties;
        }

        interface ISignOutRequest extends ssc.v1.SignOutRequest.$Properties {
        }

        class SignOutRequest {
            constructor(properties?: ssc.v1.SignOutRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            static encode(message: ssc.v1.SignOutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.SignOutRequest & ssc.v1.SignOutRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.SignOutRequest;
            static toObject(message: ssc.v1.SignOutRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignOutRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.SignOutRequest.$Properties;
        }

        interface ISignOutReply extends ssc.v1.SignOutReply.$Properties {
        }

        class SignOutReply {
            constructor(properties?: ssc.v1.SignOutReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.SignOutReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.SignOutReply & ssc.v1.SignOutReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.SignOutReply;
            static toObject(message: ssc.v1.SignOutReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignOutReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.SignOutReply.$Properties;
        }

        interface IInquireRequest extends ssc.v1.InquireRequest.$Properties {
        }

        class InquireRequest {
            constructor(properties?: ssc.v1.InquireRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            credential?: (ssc.v1.Credential.$Properties|null);
            medicalType: ssc.v1.MedicalType;
            insuranceType: ssc.v1.InsuranceType;
            static encode(message: ssc.v1.InquireRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.InquireRequest & ssc.v1.InquireRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.InquireRequest;
            static toObject(message: ssc.v1.InquireRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace InquireRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                credential?: (ssc.v1.Credential.$Properties|null);
                medicalType?: (ssc.v1.MedicalType|null);
                insuranceType?: (ssc.v1.InsuranceType|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.InquireRequest.$Properties;
        }

        interface IInquireReply extends ssc.v1.InquireReply.$Properties {
        }

        class InquireReply {
            constructor(properties?: ssc.v1.InquireReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            person?: (ssc.v1.PersonSummary.$Properties|null);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.InquireReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.InquireReply & ssc.v1.InquireReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.InquireReply;
            static toObject(message: ssc.v1.InquireReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace InquireReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                person?: (ssc.v1.PersonSummary.$Properties|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.InquireReply.$Properties;
        }

        interface ILineItem extends ssc.v1.LineItem.$Properties {
        }

        class LineItem {
            constructor(properties?: ssc.v1.LineItem.$Properties);
            $unknowns?: Uint8Array[];
            lineNo: number;
            catalogueCode: string;
            claimedClass: ssc.v1.CatalogueClass;
            quantityMilli: (number|Long);
            unitPriceFen: (number|Long);
            amountFen: (number|Long);
            static encode(message: ssc.v1.LineItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.LineItem & ssc.v1.LineItem.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.LineItem;
            static toObject(message: ssc.v1.LineItem, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LineItem {
            interface $Properties {
                lineNo?: (number|null);
                catalogueCode?: (string|null);
                claimedClass?: (ssc.v1.CatalogueClass|null);
                quantityMilli?: (number|Long|null);
                unitPriceFen?: (number|Long|null);
                amountFen?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.LineItem.$Properties;
        }

        interface ISettleRequest extends ssc.v1.SettleRequest.$Properties {
        }

        class SettleRequest {
            constructor(properties?: ssc.v1.SettleRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            credential?: (ssc.v1.Credential.$Properties|null);
            medicalType: ssc.v1.MedicalType;
            insuranceType: ssc.v1.InsuranceType;
            useAccount: boolean;
            totalFen: (number|Long);
            lines: ssc.v1.LineItem.$Properties[];
            visitId: string;
            personNo: string;
            diseaseCode: string;
            static encode(message: ssc.v1.SettleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.SettleRequest & ssc.v1.SettleRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.SettleRequest;
            static toObject(message: ssc.v1.SettleRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SettleRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                credential?: (ssc.v1.Credential.$Properties|null);
                medicalType?: (ssc.v1.MedicalType|null);
                insuranceType?: (ssc.v1.InsuranceType|null);
                useAccount?: (boolean|null);
                totalFen?: (number|Long|null);
                lines?: (ssc.v1.LineItem.$Properties[]|null);
                visitId?: (string|null);
                personNo?: (string|null);
                diseaseCode?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.SettleRequest.$Properties;
        }

        interface ISplit extends ssc.v1.Split.$Properties {
        }

        class Split {
            constructor(properties?: ssc.v1.Split.$Properties);
            $unknowns?: Uint8Array[];
            totalFen: (number|Long);
            selfPayFen: (number|Long);
            overCapFen: (number|Long);
            classBFirstFen: (number|Long);
            inPolicyFen: (number|Long);
            deductiblePaidFen: (number|Long);
            poolPaidFen: (number|Long);
            largeAmountPaidFen: (number|Long);
            fundTotalFen: (number|Long);
            personPartFen: (number|Long);
            accountPaidFen: (number|Long);
            cashFen: (number|Long);
            familyAccountPaidFen: (number|Long);
            static encode(message: ssc.v1.Split.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Split & ssc.v1.Split.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Split;
            static toObject(message: ssc.v1.Split, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Split {
            interface $Properties {
                totalFen?: (number|Long|null);
                selfPayFen?: (number|Long|null);
                overCapFen?: (number|Long|null);
                classBFirstFen?: (number|Long|null);
                inPolicyFen?: (number|Long|null);
                deductiblePaidFen?: (number|Long|null);
                poolPaidFen?: (number|Long|null);
                largeAmountPaidFen?: (number|Long|null);
                fundTotalFen?: (number|Long|null);
                personPartFen?: (number|Long|null);
                accountPaidFen?: (number|Long|null);
                cashFen?: (number|Long|null);
                familyAccountPaidFen?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Split.$Properties;
        }

        interface ILineSplit extends ssc.v1.LineSplit.$Properties {
        }

        class LineSplit {
            constructor(properties?: ssc.v1.LineSplit.$Properties);
            $unknowns?: Uint8Array[];
            lineNo: number;
            catalogueClass: ssc.v1.CatalogueClass;
            lineReason: string;
            selfPayFen: (number|Long);
            overCapFen: (number|Long);
            classBFirstFen: (number|Long);
            inPolicyFen: (number|Long);
            static encode(message: ssc.v1.LineSplit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.LineSplit & ssc.v1.LineSplit.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.LineSplit;
            static toObject(message: ssc.v1.LineSplit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LineSplit {
            interface $Properties {
                lineNo?: (number|null);
                catalogueClass?: (ssc.v1.CatalogueClass|null);
                lineReason?: (string|null);
                selfPayFen?: (number|Long|null);
                overCapFen?: (number|Long|null);
                classBFirstFen?: (number|Long|null);
                inPolicyFen?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.LineSplit.$Properties;
        }

        interface IAccumulators extends ssc.v1.Accumulators.$Properties {
        }

        class Accumulators {
            constructor(properties?: ssc.v1.Accumulators.$Properties);
            $unknowns?: Uint8Array[];
            medicalYear: number;
            deductiblePaidFen: (number|Long);
            poolPaidFen: (number|Long);
            largeAmountPaidFen: (number|Long);
            selfPaySegmentUsedFen: (number|Long);
            static encode(message: ssc.v1.Accumulators.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Accumulators & ssc.v1.Accumulators.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Accumulators;
            static toObject(message: ssc.v1.Accumulators, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Accumulators {
            interface $Properties {
                medicalYear?: (number|null);
                deductiblePaidFen?: (number|Long|null);
                poolPaidFen?: (number|Long|null);
                largeAmountPaidFen?: (number|Long|null);
                selfPaySegmentUsedFen?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Accumulators.$Properties;
        }

        interface ISettleReply extends ssc.v1.SettleReply.$Properties {
        }

        class SettleReply {
            constructor(properties?: ssc.v1.SettleReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            person?: (ssc.v1.PersonSummary.$Properties|null);
            split?: (ssc.v1.Split.$Properties|null);
            lines: ssc.v1.LineSplit.$Properties[];
            settlementId: string;
            accountBalanceAfterFen: (number|Long);
            policyVersion: string;
            accumulatorsAfter?: (ssc.v1.Accumulators.$Properties|null);
            visitId: string;
            diseaseCode: string;
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.SettleReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.SettleReply & ssc.v1.SettleReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.SettleReply;
            static toObject(message: ssc.v1.SettleReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SettleReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                person?: (ssc.v1.PersonSummary.$Properties|null);
                split?: (ssc.v1.Split.$Properties|null);
                lines?: (ssc.v1.LineSplit.$Properties[]|null);
                settlementId?: (string|null);
                accountBalanceAfterFen?: (number|Long|null);
                policyVersion?: (string|null);
                accumulatorsAfter?: (ssc.v1.Accumulators.$Properties|null);
                visitId?: (string|null);
                diseaseCode?: (string|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.SettleReply.$Properties;
        }

        interface ICancelSettlementRequest extends ssc.v1.CancelSettlementRequest.$Properties {
        }

        class CancelSettlementRequest {
            constructor(properties?: ssc.v1.CancelSettlementRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            settlementId: string;
            static encode(message: ssc.v1.CancelSettlementRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.CancelSettlementRequest & ssc.v1.CancelSettlementRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.CancelSettlementRequest;
            static toObject(message: ssc.v1.CancelSettlementRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CancelSettlementRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                settlementId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.CancelSettlementRequest.$Properties;
        }

        interface ICancelSettlementReply extends ssc.v1.CancelSettlementReply.$Properties {
        }

        class CancelSettlementReply {
            constructor(properties?: ssc.v1.CancelSettlementReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            settlementId: string;
            reversedSplit?: (ssc.v1.Split.$Properties|null);
            accountBalanceAfterFen: (number|Long);
            accumulatorsAfter?: (ssc.v1.Accumulators.$Properties|null);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.CancelSettlementReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.CancelSettlementReply & ssc.v1.CancelSettlementReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.CancelSettlementReply;
            static toObject(message: ssc.v1.CancelSettlementReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CancelSettlementReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                settlementId?: (string|null);
                reversedSplit?: (ssc.v1.Split.$Properties|null);
                accountBalanceAfterFen?: (number|Long|null);
                accumulatorsAfter?: (ssc.v1.Accumulators.$Properties|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.CancelSettlementReply.$Properties;
        }

        interface IReverseRequest extends ssc.v1.ReverseRequest.$Properties {
        }

        class ReverseRequest {
            constructor(properties?: ssc.v1.ReverseRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            originalMsgId: string;
            originalOperation: ssc.v1.Operation;
            static encode(message: ssc.v1.ReverseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.ReverseRequest & ssc.v1.ReverseRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.ReverseRequest;
            static toObject(message: ssc.v1.ReverseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReverseRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                originalMsgId?: (string|null);
                originalOperation?: (ssc.v1.Operation|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.ReverseRequest.$Properties;
        }

        interface IReverseReply extends ssc.v1.ReverseReply.$Properties {
        }

        class ReverseReply {
            constructor(properties?: ssc.v1.ReverseReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            undone: boolean;
            settlementId: string;
            accountBalanceAfterFen: (number|Long);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.ReverseReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.ReverseReply & ssc.v1.ReverseReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.ReverseReply;
            static toObject(message: ssc.v1.ReverseReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReverseReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                undone?: (boolean|null);
                settlementId?: (string|null);
                accountBalanceAfterFen?: (number|Long|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.ReverseReply.$Properties;
        }

        interface IReconcileTotalsRequest extends ssc.v1.ReconcileTotalsRequest.$Properties {
        }

        class ReconcileTotalsRequest {
            constructor(properties?: ssc.v1.ReconcileTotalsRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            insuranceType: ssc.v1.InsuranceType;
            clearingType: ssc.v1.ClearingType;
            periodFromMs: (number|Long);
            periodToMs: (number|Long);
            settlementCount: number;
            totalFen: (number|Long);
            fundFen: (number|Long);
            accountFen: (number|Long);
            cashFen: (number|Long);
            static encode(message: ssc.v1.ReconcileTotalsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.ReconcileTotalsRequest & ssc.v1.ReconcileTotalsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.ReconcileTotalsRequest;
            static toObject(message: ssc.v1.ReconcileTotalsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReconcileTotalsRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                insuranceType?: (ssc.v1.InsuranceType|null);
                clearingType?: (ssc.v1.ClearingType|null);
                periodFromMs?: (number|Long|null);
                periodToMs?: (number|Long|null);
                settlementCount?: (number|null);
                totalFen?: (number|Long|null);
                fundFen?: (number|Long|null);
                accountFen?: (number|Long|null);
                cashFen?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.ReconcileTotalsRequest.$Properties;
        }

        interface IReconcileTotalsReply extends ssc.v1.ReconcileTotalsReply.$Properties {
        }

        class ReconcileTotalsReply {
            constructor(properties?: ssc.v1.ReconcileTotalsReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            matched: boolean;
            settlementCount: number;
            totalFen: (number|Long);
            fundFen: (number|Long);
            accountFen: (number|Long);
            cashFen: (number|Long);
            mismatched: string[];
            settledCount: number;
            cancelledCount: number;
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.ReconcileTotalsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.ReconcileTotalsReply & ssc.v1.ReconcileTotalsReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.ReconcileTotalsReply;
            static toObject(message: ssc.v1.ReconcileTotalsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReconcileTotalsReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                matched?: (boolean|null);
                settlementCount?: (number|null);
                totalFen?: (number|Long|null);
                fundFen?: (number|Long|null);
                accountFen?: (number|Long|null);
                cashFen?: (number|Long|null);
                mismatched?: (string[]|null);
                settledCount?: (number|null);
                cancelledCount?: (number|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.ReconcileTotalsReply.$Properties;
        }

        interface IListSettlementsRequest extends ssc.v1.ListSettlementsRequest.$Properties {
        }

        class ListSettlementsRequest {
            constructor(properties?: ssc.v1.ListSettlementsRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            insuranceType: ssc.v1.InsuranceType;
            clearingType: ssc.v1.ClearingType;
            periodFromMs: (number|Long);
            periodToMs: (number|Long);
            static encode(message: ssc.v1.ListSettlementsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.ListSettlementsRequest & ssc.v1.ListSettlementsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.ListSettlementsRequest;
            static toObject(message: ssc.v1.ListSettlementsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListSettlementsRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                insuranceType?: (ssc.v1.InsuranceType|null);
                clearingType?: (ssc.v1.ClearingType|null);
                periodFromMs?: (number|Long|null);
                periodToMs?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.ListSettlementsRequest.$Properties;
        }

        enum EntryKind {
            ENTRY_KIND_UNSPECIFIED = 0,
            ENTRY_KIND_SETTLE = 1,
            ENTRY_KIND_CANCEL = 2,
            ENTRY_KIND_REVERSE = 3
        }

        enum SettlementState {
            SETTLEMENT_STATE_UNSPECIFIED = 0,
            SETTLEMENT_STATE_LIVE = 1,
            SETTLEMENT_STATE_CANCELLED = 2,
            SETTLEMENT_STATE_REVERSED = 3
        }

        interface ISettlementDetail extends ssc.v1.SettlementDetail.$Properties {
        }

        class SettlementDetail {
            constructor(properties?: ssc.v1.SettlementDetail.$Properties);
            $unknowns?: Uint8Array[];
            entryId: string;
            kind: ssc.v1.EntryKind;
            msgId: string;
            timeMs: (number|Long);
            state: ssc.v1.SettlementState;
            settlementId: string;
            insuranceType: ssc.v1.InsuranceType;
            clearingType: ssc.v1.ClearingType;
            totalFen: (number|Long);
            fundFen: (number|Long);
            accountFen: (number|Long);
            cashFen: (number|Long);
            static encode(message: ssc.v1.SettlementDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.SettlementDetail & ssc.v1.SettlementDetail.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.SettlementDetail;
            static toObject(message: ssc.v1.SettlementDetail, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SettlementDetail {
            interface $Properties {
                entryId?: (string|null);
                kind?: (ssc.v1.EntryKind|null);
                msgId?: (string|null);
                timeMs?: (number|Long|null);
                state?: (ssc.v1.SettlementState|null);
                settlementId?: (string|null);
                insuranceType?: (ssc.v1.InsuranceType|null);
                clearingType?: (ssc.v1.ClearingType|null);
                totalFen?: (number|Long|null);
                fundFen?: (number|Long|null);
                accountFen?: (number|Long|null);
                cashFen?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.SettlementDetail.$Properties;
        }

        enum VisitState {
            VISIT_STATE_UNSPECIFIED = 0,
            VISIT_STATE_OPEN = 1,
            VISIT_STATE_SETTLED = 2,
            VISIT_STATE_CANCELLED = 3,
            VISIT_STATE_EXPIRED = 4
        }

        interface IDiagnosis extends ssc.v1.Diagnosis.$Properties {
        }

        class Diagnosis {
            constructor(properties?: ssc.v1.Diagnosis.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            order: number;
            code: string;
            name: string;
            main: boolean;
            static encode(message: ssc.v1.Diagnosis.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Diagnosis & ssc.v1.Diagnosis.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Diagnosis;
            static toObject(message: ssc.v1.Diagnosis, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Diagnosis {
            interface $Properties {
                type?: (string|null);
                order?: (number|null);
                code?: (string|null);
                name?: (string|null);
                main?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Diagnosis.$Properties;
        }

        interface IOpenVisitRequest extends ssc.v1.OpenVisitRequest.$Properties {
        }

        class OpenVisitRequest {
            constructor(properties?: ssc.v1.OpenVisitRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            credential?: (ssc.v1.Credential.$Properties|null);
            medicalType: ssc.v1.MedicalType;
            insuranceType: ssc.v1.InsuranceType;
            personNo: string;
            hisVisitNo: string;
            beginTimeMs: (number|Long);
            departmentCode: string;
            doctorCode: string;
            diagnoses: ssc.v1.Diagnosis.$Properties[];
            diseaseCode: string;
            static encode(message: ssc.v1.OpenVisitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.OpenVisitRequest & ssc.v1.OpenVisitRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.OpenVisitRequest;
            static toObject(message: ssc.v1.OpenVisitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace OpenVisitRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                credential?: (ssc.v1.Credential.$Properties|null);
                medicalType?: (ssc.v1.MedicalType|null);
                insuranceType?: (ssc.v1.InsuranceType|null);
                personNo?: (string|null);
                hisVisitNo?: (string|null);
                beginTimeMs?: (number|Long|null);
                departmentCode?: (string|null);
                doctorCode?: (string|null);
                diagnoses?: (ssc.v1.Diagnosis.$Properties[]|null);
                diseaseCode?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.OpenVisitRequest.$Properties;
        }

        interface IVisitReply extends ssc.v1.VisitReply.$Properties {
        }

        class VisitReply {
            constructor(properties?: ssc.v1.VisitReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            visitId: string;
            person?: (ssc.v1.PersonSummary.$Properties|null);
            state: ssc.v1.VisitState;
            lineCount: number;
            totalFen: (number|Long);
            personNo: string;
            hisVisitNo: string;
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.VisitReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.VisitReply & ssc.v1.VisitReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.VisitReply;
            static toObject(message: ssc.v1.VisitReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VisitReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                visitId?: (string|null);
                person?: (ssc.v1.PersonSummary.$Properties|null);
                state?: (ssc.v1.VisitState|null);
                lineCount?: (number|null);
                totalFen?: (number|Long|null);
                personNo?: (string|null);
                hisVisitNo?: (string|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.VisitReply.$Properties;
        }

        interface IUpdateVisitRequest extends ssc.v1.UpdateVisitRequest.$Properties {
        }

        class UpdateVisitRequest {
            constructor(properties?: ssc.v1.UpdateVisitRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            visitId: string;
            personNo: string;
            medicalType: ssc.v1.MedicalType;
            diagnoses: ssc.v1.Diagnosis.$Properties[];
            endTimeMs: (number|Long);
            dischargeCancelled: boolean;
            diseaseCode: string;
            static encode(message: ssc.v1.UpdateVisitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.UpdateVisitRequest & ssc.v1.UpdateVisitRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.UpdateVisitRequest;
            static toObject(message: ssc.v1.UpdateVisitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UpdateVisitRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                visitId?: (string|null);
                personNo?: (string|null);
                medicalType?: (ssc.v1.MedicalType|null);
                diagnoses?: (ssc.v1.Diagnosis.$Properties[]|null);
                endTimeMs?: (number|Long|null);
                dischargeCancelled?: (boolean|null);
                diseaseCode?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.UpdateVisitRequest.$Properties;
        }

        interface IFeeLine extends ssc.v1.FeeLine.$Properties {
        }

        class FeeLine {
            constructor(properties?: ssc.v1.FeeLine.$Properties);
            $unknowns?: Uint8Array[];
            sn: string;
            catalogueCode: string;
            quantityMilli: (number|Long);
            unitPriceFen: (number|Long);
            amountFen: (number|Long);
            batchNo: string;
            static encode(message: ssc.v1.FeeLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.FeeLine & ssc.v1.FeeLine.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.FeeLine;
            static toObject(message: ssc.v1.FeeLine, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FeeLine {
            interface $Properties {
                sn?: (string|null);
                catalogueCode?: (string|null);
                quantityMilli?: (number|Long|null);
                unitPriceFen?: (number|Long|null);
                amountFen?: (number|Long|null);
                batchNo?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.FeeLine.$Properties;
        }

        interface IFeeLineResult extends ssc.v1.FeeLineResult.$Properties {
        }

        class FeeLineResult {
            constructor(properties?: ssc.v1.FeeLineResult.$Properties);
            $unknowns?: Uint8Array[];
            sn: string;
            catalogueClass: ssc.v1.CatalogueClass;
            lineReason: string;
            amountFen: (number|Long);
            selfPayFen: (number|Long);
            overCapFen: (number|Long);
            classBFirstFen: (number|Long);
            inPolicyFen: (number|Long);
            priceCapFen: (number|Long);
            selfPayRatioBp: number;
            static encode(message: ssc.v1.FeeLineResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.FeeLineResult & ssc.v1.FeeLineResult.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.FeeLineResult;
            static toObject(message: ssc.v1.FeeLineResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FeeLineResult {
            interface $Properties {
                sn?: (string|null);
                catalogueClass?: (ssc.v1.CatalogueClass|null);
                lineReason?: (string|null);
                amountFen?: (number|Long|null);
                selfPayFen?: (number|Long|null);
                overCapFen?: (number|Long|null);
                classBFirstFen?: (number|Long|null);
                inPolicyFen?: (number|Long|null);
                priceCapFen?: (number|Long|null);
                selfPayRatioBp?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.FeeLineResult.$Properties;
        }

        interface IUploadFeesRequest extends ssc.v1.UploadFeesRequest.$Properties {
        }

        class UploadFeesRequest {
            constructor(properties?: ssc.v1.UploadFeesRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            visitId: string;
            personNo: string;
            lines: ssc.v1.FeeLine.$Properties[];
            static encode(message: ssc.v1.UploadFeesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.UploadFeesRequest & ssc.v1.UploadFeesRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.UploadFeesRequest;
            static toObject(message: ssc.v1.UploadFeesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UploadFeesRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                visitId?: (string|null);
                personNo?: (string|null);
                lines?: (ssc.v1.FeeLine.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.UploadFeesRequest.$Properties;
        }

        interface IUploadFeesReply extends ssc.v1.UploadFeesReply.$Properties {
        }

        class UploadFeesReply {
            constructor(properties?: ssc.v1.UploadFeesReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            visitId: string;
            lines: ssc.v1.FeeLineResult.$Properties[];
            lineCount: number;
            totalFen: (number|Long);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.UploadFeesReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.UploadFeesReply & ssc.v1.UploadFeesReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.UploadFeesReply;
            static toObject(message: ssc.v1.UploadFeesReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UploadFeesReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                visitId?: (string|null);
                lines?: (ssc.v1.FeeLineResult.$Properties[]|null);
                lineCount?: (number|null);
                totalFen?: (number|Long|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.UploadFeesReply.$Properties;
        }

        interface IWithdrawFeesRequest extends ssc.v1.WithdrawFeesRequest.$Properties {
        }

        class WithdrawFeesRequest {
            constructor(properties?: ssc.v1.WithdrawFeesRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            visitId: string;
            personNo: string;
            sns: string[];
            batchNo: string;
            all: boolean;
            static encode(message: ssc.v1.WithdrawFeesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.WithdrawFeesRequest & ssc.v1.WithdrawFeesRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.WithdrawFeesRequest;
            static toObject(message: ssc.v1.WithdrawFeesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WithdrawFeesRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                visitId?: (string|null);
                personNo?: (string|null);
                sns?: (string[]|null);
                batchNo?: (string|null);
                all?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.WithdrawFeesRequest.$Properties;
        }

        interface IWithdrawFeesReply extends ssc.v1.WithdrawFeesReply.$Properties {
        }

        class WithdrawFeesReply {
            constructor(properties?: ssc.v1.WithdrawFeesReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            visitId: string;
            withdrawn: number;
            lineCount: number;
            totalFen: (number|Long);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.WithdrawFeesReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.WithdrawFeesReply & ssc.v1.WithdrawFeesReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.WithdrawFeesReply;
            static toObject(message: ssc.v1.WithdrawFeesReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WithdrawFeesReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                visitId?: (string|null);
                withdrawn?: (number|null);
                lineCount?: (number|null);
                totalFen?: (number|Long|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.WithdrawFeesReply.$Properties;
        }

        interface ICancelVisitRequest extends ssc.v1.CancelVisitRequest.$Properties {
        }

        class CancelVisitRequest {
            constructor(properties?: ssc.v1.CancelVisitRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            visitId: string;
            personNo: string;
            static encode(message: ssc.v1.CancelVisitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.CancelVisitRequest & ssc.v1.CancelVisitRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.CancelVisitRequest;
            static toObject(message: ssc.v1.CancelVisitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CancelVisitRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                visitId?: (string|null);
                personNo?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.CancelVisitRequest.$Properties;
        }

        interface IDecodeEVoucherRequest extends ssc.v1.DecodeEVoucherRequest.$Properties {
        }

        class DecodeEVoucherRequest {
            constructor(properties?: ssc.v1.DecodeEVoucherRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            qrCode: string;
            static encode(message: ssc.v1.DecodeEVoucherRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.DecodeEVoucherRequest & ssc.v1.DecodeEVoucherRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.DecodeEVoucherRequest;
            static toObject(message: ssc.v1.DecodeEVoucherRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DecodeEVoucherRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                qrCode?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.DecodeEVoucherRequest.$Properties;
        }

        interface IDecodeEVoucherReply extends ssc.v1.DecodeEVoucherReply.$Properties {
        }

        class DecodeEVoucherReply {
            constructor(properties?: ssc.v1.DecodeEVoucherReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            ecToken: string;
            person?: (ssc.v1.PersonSummary.$Properties|null);
            businessType: string;
            expiresMs: (number|Long);
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.DecodeEVoucherReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.DecodeEVoucherReply & ssc.v1.DecodeEVoucherReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.DecodeEVoucherReply;
            static toObject(message: ssc.v1.DecodeEVoucherReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DecodeEVoucherReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                ecToken?: (string|null);
                person?: (ssc.v1.PersonSummary.$Properties|null);
                businessType?: (string|null);
                expiresMs?: (number|Long|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.DecodeEVoucherReply.$Properties;
        }

        enum FilingKind {
            FILING_KIND_UNSPECIFIED = 0,
            FILING_KIND_REFERRAL = 1,
            FILING_KIND_DESIGNATED = 2,
            FILING_KIND_CHRONIC = 3
        }

        interface IFiling extends ssc.v1.Filing.$Properties {
        }

        class Filing {
            constructor(properties?: ssc.v1.Filing.$Properties);
            $unknowns?: Uint8Array[];
            filingNo: string;
            kind: ssc.v1.FilingKind;
            targetInstitution: string;
            targetRegion: string;
            diseaseCode: string;
            diseaseName: string;
            validFromMs: (number|Long);
            validToMs: (number|Long);
            institutionCode: string;
            static encode(message: ssc.v1.Filing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Filing & ssc.v1.Filing.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Filing;
            static toObject(message: ssc.v1.Filing, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Filing {
            interface $Properties {
                filingNo?: (string|null);
                kind?: (ssc.v1.FilingKind|null);
                targetInstitution?: (string|null);
                targetRegion?: (string|null);
                diseaseCode?: (string|null);
                diseaseName?: (string|null);
                validFromMs?: (number|Long|null);
                validToMs?: (number|Long|null);
                institutionCode?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Filing.$Properties;
        }

        interface IRegisterFilingRequest extends ssc.v1.RegisterFilingRequest.$Properties {
        }

        class RegisterFilingRequest {
            constructor(properties?: ssc.v1.RegisterFilingRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            personNo: string;
            credential?: (ssc.v1.Credential.$Properties|null);
            kind: ssc.v1.FilingKind;
            targetInstitution: string;
            targetRegion: string;
            diseaseCode: string;
            validFromMs: (number|Long);
            validToMs: (number|Long);
            static encode(message: ssc.v1.RegisterFilingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.RegisterFilingRequest & ssc.v1.RegisterFilingRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.RegisterFilingRequest;
            static toObject(message: ssc.v1.RegisterFilingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RegisterFilingRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                personNo?: (string|null);
                credential?: (ssc.v1.Credential.$Properties|null);
                kind?: (ssc.v1.FilingKind|null);
                targetInstitution?: (string|null);
                targetRegion?: (string|null);
                diseaseCode?: (string|null);
                validFromMs?: (number|Long|null);
                validToMs?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.RegisterFilingRequest.$Properties;
        }

        interface IFilingReply extends ssc.v1.FilingReply.$Properties {
        }

        class FilingReply {
            constructor(properties?: ssc.v1.FilingReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            filing?: (ssc.v1.Filing.$Properties|null);
            personNo: string;
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.FilingReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.FilingReply & ssc.v1.FilingReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.FilingReply;
            static toObject(message: ssc.v1.FilingReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FilingReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                filing?: (ssc.v1.Filing.$Properties|null);
                personNo?: (string|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.FilingReply.$Properties;
        }

        interface IRevokeFilingRequest extends ssc.v1.RevokeFilingRequest.$Properties {
        }

        class RevokeFilingRequest {
            constructor(properties?: ssc.v1.RevokeFilingRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            personNo: string;
            credential?: (ssc.v1.Credential.$Properties|null);
            filingNo: string;
            memo: string;
            static encode(message: ssc.v1.RevokeFilingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.RevokeFilingRequest & ssc.v1.RevokeFilingRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.RevokeFilingRequest;
            static toObject(message: ssc.v1.RevokeFilingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RevokeFilingRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                personNo?: (string|null);
                credential?: (ssc.v1.Credential.$Properties|null);
                filingNo?: (string|null);
                memo?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.RevokeFilingRequest.$Properties;
        }

        interface IQueryFilingsRequest extends ssc.v1.QueryFilingsRequest.$Properties {
        }

        class QueryFilingsRequest {
            constructor(properties?: ssc.v1.QueryFilingsRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            personNo: string;
            credential?: (ssc.v1.Credential.$Properties|null);
            kind: ssc.v1.FilingKind;
            static encode(message: ssc.v1.QueryFilingsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.QueryFilingsRequest & ssc.v1.QueryFilingsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.QueryFilingsRequest;
            static toObject(message: ssc.v1.QueryFilingsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueryFilingsRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                personNo?: (string|null);
                credential?: (ssc.v1.Credential.$Properties|null);
                kind?: (ssc.v1.FilingKind|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.QueryFilingsRequest.$Properties;
        }

        interface IQueryFilingsReply extends ssc.v1.QueryFilingsReply.$Properties {
        }

        class QueryFilingsReply {
            constructor(properties?: ssc.v1.QueryFilingsReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            filings: ssc.v1.Filing.$Properties[];
            personNo: string;
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.QueryFilingsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.QueryFilingsReply & ssc.v1.QueryFilingsReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.QueryFilingsReply;
            static toObject(message: ssc.v1.QueryFilingsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueryFilingsReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                filings?: (ssc.v1.Filing.$Properties[]|null);
                personNo?: (string|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.QueryFilingsReply.$Properties;
        }

        interface IListDiseasesRequest extends ssc.v1.ListDiseasesRequest.$Properties {
        }

        class ListDiseasesRequest {
            constructor(properties?: ssc.v1.ListDiseasesRequest.$Properties);
            $unknowns?: Uint8Array[];
            header?: (ssc.v1.RequestHeader.$Properties|null);
            static encode(message: ssc.v1.ListDiseasesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.ListDiseasesRequest & ssc.v1.ListDiseasesRequest.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.ListDiseasesRequest;
            static toObject(message: ssc.v1.ListDiseasesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListDiseasesRequest {
            interface $Properties {
                header?: (ssc.v1.RequestHeader.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.ListDiseasesRequest.$Properties;
        }

        interface IDisease extends ssc.v1.Disease.$Properties {
        }

        class Disease {
            constructor(properties?: ssc.v1.Disease.$Properties);
            $unknowns?: Uint8Array[];
            code: string;
            name: string;
            categoryCode: string;
            categoryName: string;
            deductibleFen: (number|Long);
            ratioBp: number;
            annualCapFen: (number|Long);
            static encode(message: ssc.v1.Disease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.Disease & ssc.v1.Disease.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.Disease;
            static toObject(message: ssc.v1.Disease, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Disease {
            interface $Properties {
                code?: (string|null);
                name?: (string|null);
                categoryCode?: (string|null);
                categoryName?: (string|null);
                deductibleFen?: (number|Long|null);
                ratioBp?: (number|null);
                annualCapFen?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.Disease.$Properties;
        }

        interface IListDiseasesReply extends ssc.v1.ListDiseasesReply.$Properties {
        }

        class ListDiseasesReply {
            constructor(properties?: ssc.v1.ListDiseasesReply.$Properties);
            $unknowns?: Uint8Array[];
            outcome?: (ssc.v1.Outcome.$Properties|null);
            diseases: ssc.v1.Disease.$Properties[];
            version: string;
            budgetUs: number;
            timings?: (ssc.v1.Timings.$Properties|null);
            static encode(message: ssc.v1.ListDiseasesReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ssc.v1.ListDiseasesReply & ssc.v1.ListDiseasesReply.$Shape;
            static fromObject(object: { [k: string]: any }): ssc.v1.ListDiseasesReply;
            static toObject(message: ssc.v1.ListDiseasesReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListDiseasesReply {
            interface $Properties {
                outcome?: (ssc.v1.Outcome.$Properties|null);
                diseases?: (ssc.v1.Disease.$Properties[]|null);
                version?: (string|null);
                budgetUs?: (number|null);
                timings?: (ssc.v1.Timings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ssc.v1.ListDiseasesReply.$Properties;
        }

        class TransactionService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            signIn: ssc.v1.TransactionService.SignIn;
            signOut: ssc.v1.TransactionService.SignOut;
            inquire: ssc.v1.TransactionService.Inquire;
            preSettle: ssc.v1.TransactionService.PreSettle;
            settle: ssc.v1.TransactionService.Settle;
            cancelSettlement: ssc.v1.TransactionService.CancelSettlement;
            reverse: ssc.v1.TransactionService.Reverse;
            reconcileTotals: ssc.v1.TransactionService.ReconcileTotals;
            listSettlements: ssc.v1.TransactionService.ListSettlements;
            openVisit: ssc.v1.TransactionService.OpenVisit;
            updateVisit: ssc.v1.TransactionService.UpdateVisit;
            uploadFees: ssc.v1.TransactionService.UploadFees;
            withdrawFees: ssc.v1.TransactionService.WithdrawFees;
            cancelVisit: ssc.v1.TransactionService.CancelVisit;
            decodeEVoucher: ssc.v1.TransactionService.DecodeEVoucher;
            registerFiling: ssc.v1.TransactionService.RegisterFiling;
            revokeFiling: ssc.v1.TransactionService.RevokeFiling;
            queryFilings: ssc.v1.TransactionService.QueryFilings;
            listDiseases: ssc.v1.TransactionService.ListDiseases;
        }

        namespace TransactionService {
            type SignInCallback = (error: (Error|null), response?: ssc.v1.SignInReply) => void;
            type SignIn = {
              (request: ssc.v1.ISignInRequest, callback: ssc.v1.TransactionService.SignInCallback): void;
              (request: ssc.v1.ISignInRequest): Promise<ssc.v1.SignInReply>;
              readonly name: "SignIn";
              readonly path: "/ssc.v1.TransactionService/SignIn";
              readonly requestType: "SignInRequest";
              readonly responseType: "SignInReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SignOutCallback = (error: (Error|null), response?: ssc.v1.SignOutReply) => void;
            type SignOut = {
              (request: ssc.v1.ISignOutRequest, callback: ssc.v1.TransactionService.SignOutCallback): void;
              (request: ssc.v1.ISignOutRequest): Promise<ssc.v1.SignOutReply>;
              readonly name: "SignOut";
              readonly path: "/ssc.v1.TransactionService/SignOut";
              readonly requestType: "SignOutRequest";
              readonly responseType: "SignOutReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type InquireCallback = (error: (Error|null), response?: ssc.v1.InquireReply) => void;
            type Inquire = {
              (request: ssc.v1.IInquireRequest, callback: ssc.v1.TransactionService.InquireCallback): void;
              (request: ssc.v1.IInquireRequest): Promise<ssc.v1.InquireReply>;
              readonly name: "Inquire";
              readonly path: "/ssc.v1.TransactionService/Inquire";
              readonly requestType: "InquireRequest";
              readonly responseType: "InquireReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type PreSettleCallback = (error: (Error|null), response?: ssc.v1.SettleReply) => void;
            type PreSettle = {
              (request: ssc.v1.ISettleRequest, callback: ssc.v1.TransactionService.PreSettleCallback): void;
              (request: ssc.v1.ISettleRequest): Promise<ssc.v1.SettleReply>;
              readonly name: "PreSettle";
              readonly path: "/ssc.v1.TransactionService/PreSettle";
              readonly requestType: "SettleRequest";
              readonly responseType: "SettleReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SettleCallback = (error: (Error|null), response?: ssc.v1.SettleReply) => void;
            type Settle = {
              (request: ssc.v1.ISettleRequest, callback: ssc.v1.TransactionService.SettleCallback): void;
              (request: ssc.v1.ISettleRequest): Promise<ssc.v1.SettleReply>;
              readonly name: "Settle";
              readonly path: "/ssc.v1.TransactionService/Settle";
              readonly requestType: "SettleRequest";
              readonly responseType: "SettleReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CancelSettlementCallback = (error: (Error|null), response?: ssc.v1.CancelSettlementReply) => void;
            type CancelSettlement = {
              (request: ssc.v1.ICancelSettlementRequest, callback: ssc.v1.TransactionService.CancelSettlementCallback): void;
              (request: ssc.v1.ICancelSettlementRequest): Promise<ssc.v1.CancelSettlementReply>;
              readonly name: "CancelSettlement";
              readonly path: "/ssc.v1.TransactionService/CancelSettlement";
              readonly requestType: "CancelSettlementRequest";
              readonly responseType: "CancelSettlementReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ReverseCallback = (error: (Error|null), response?: ssc.v1.ReverseReply) => void;
            type Reverse = {
              (request: ssc.v1.IReverseRequest, callback: ssc.v1.TransactionService.ReverseCallback): void;
              (request: ssc.v1.IReverseRequest): Promise<ssc.v1.ReverseReply>;
              readonly name: "Reverse";
              readonly path: "/ssc.v1.TransactionService/Reverse";
              readonly requestType: "ReverseRequest";
              readonly responseType: "ReverseReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ReconcileTotalsCallback = (error: (Error|null), response?: ssc.v1.ReconcileTotalsReply) => void;
            type ReconcileTotals = {
              (request: ssc.v1.IReconcileTotalsRequest, callback: ssc.v1.TransactionService.ReconcileTotalsCallback): void;
              (request: ssc.v1.IReconcileTotalsRequest): Promise<ssc.v1.ReconcileTotalsReply>;
              readonly name: "ReconcileTotals";
              readonly path: "/ssc.v1.TransactionService/ReconcileTotals";
              readonly requestType: "ReconcileTotalsRequest";
              readonly responseType: "ReconcileTotalsReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListSettlementsCallback = (error: (Error|null), response?: ssc.v1.SettlementDetail) => void;
            type ListSettlements = {
              (request: ssc.v1.IListSettlementsRequest, callback: ssc.v1.TransactionService.ListSettlementsCallback): void;
              (request: ssc.v1.IListSettlementsRequest): Promise<ssc.v1.SettlementDetail>;
              readonly name: "ListSettlements";
              readonly path: "/ssc.v1.TransactionService/ListSettlements";
              readonly requestType: "ListSettlementsRequest";
              readonly responseType: "SettlementDetail";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };
            type OpenVisitCallback = (error: (Error|null), response?: ssc.v1.VisitReply) => void;
            type OpenVisit = {
              (request: ssc.v1.IOpenVisitRequest, callback: ssc.v1.TransactionService.OpenVisitCallback): void;
              (request: ssc.v1.IOpenVisitRequest): Promise<ssc.v1.VisitReply>;
              readonly name: "OpenVisit";
              readonly path: "/ssc.v1.TransactionService/OpenVisit";
              readonly requestType: "OpenVisitRequest";
              readonly responseType: "VisitReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type UpdateVisitCallback = (error: (Error|null), response?: ssc.v1.VisitReply) => void;
            type UpdateVisit = {
              (request: ssc.v1.IUpdateVisitRequest, callback: ssc.v1.TransactionService.UpdateVisitCallback): void;
              (request: ssc.v1.IUpdateVisitRequest): Promise<ssc.v1.VisitReply>;
              readonly name: "UpdateVisit";
              readonly path: "/ssc.v1.TransactionService/UpdateVisit";
              readonly requestType: "UpdateVisitRequest";
              readonly responseType: "VisitReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type UploadFeesCallback = (error: (Error|null), response?: ssc.v1.UploadFeesReply) => void;
            type UploadFees = {
              (request: ssc.v1.IUploadFeesRequest, callback: ssc.v1.TransactionService.UploadFeesCallback): void;
              (request: ssc.v1.IUploadFeesRequest): Promise<ssc.v1.UploadFeesReply>;
              readonly name: "UploadFees";
              readonly path: "/ssc.v1.TransactionService/UploadFees";
              readonly requestType: "UploadFeesRequest";
              readonly responseType: "UploadFeesReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type WithdrawFeesCallback = (error: (Error|null), response?: ssc.v1.WithdrawFeesReply) => void;
            type WithdrawFees = {
              (request: ssc.v1.IWithdrawFeesRequest, callback: ssc.v1.TransactionService.WithdrawFeesCallback): void;
              (request: ssc.v1.IWithdrawFeesRequest): Promise<ssc.v1.WithdrawFeesReply>;
              readonly name: "WithdrawFees";
              readonly path: "/ssc.v1.TransactionService/WithdrawFees";
              readonly requestType: "WithdrawFeesRequest";
              readonly responseType: "WithdrawFeesReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CancelVisitCallback = (error: (Error|null), response?: ssc.v1.VisitReply) => void;
            type CancelVisit = {
              (request: ssc.v1.ICancelVisitRequest, callback: ssc.v1.TransactionService.CancelVisitCallback): void;
              (request: ssc.v1.ICancelVisitRequest): Promise<ssc.v1.VisitReply>;
              readonly name: "CancelVisit";
              readonly path: "/ssc.v1.TransactionService/CancelVisit";
              readonly requestType: "CancelVisitRequest";
              readonly responseType: "VisitReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DecodeEVoucherCallback = (error: (Error|null), response?: ssc.v1.DecodeEVoucherReply) => void;
            type DecodeEVoucher = {
              (request: ssc.v1.IDecodeEVoucherRequest, callback: ssc.v1.TransactionService.DecodeEVoucherCallback): void;
              (request: ssc.v1.IDecodeEVoucherRequest): Promise<ssc.v1.DecodeEVoucherReply>;
              readonly name: "DecodeEVoucher";
              readonly path: "/ssc.v1.TransactionService/DecodeEVoucher";
              readonly requestType: "DecodeEVoucherRequest";
              readonly responseType: "DecodeEVoucherReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RegisterFilingCallback = (error: (Error|null), response?: ssc.v1.FilingReply) => void;
            type RegisterFiling = {
              (request: ssc.v1.IRegisterFilingRequest, callback: ssc.v1.TransactionService.RegisterFilingCallback): void;
              (request: ssc.v1.IRegisterFilingRequest): Promise<ssc.v1.FilingReply>;
              readonly name: "RegisterFiling";
              readonly path: "/ssc.v1.TransactionService/RegisterFiling";
              readonly requestType: "RegisterFilingRequest";
              readonly responseType: "FilingReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RevokeFilingCallback = (error: (Error|null), response?: ssc.v1.FilingReply) => void;
            type RevokeFiling = {
              (request: ssc.v1.IRevokeFilingRequest, callback: ssc.v1.TransactionService.RevokeFilingCallback): void;
              (request: ssc.v1.IRevokeFilingRequest): Promise<ssc.v1.FilingReply>;
              readonly name: "RevokeFiling";
              readonly path: "/ssc.v1.TransactionService/RevokeFiling";
              readonly requestType: "RevokeFilingRequest";
              readonly responseType: "FilingReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type QueryFilingsCallback = (error: (Error|null), response?: ssc.v1.QueryFilingsReply) => void;
            type QueryFilings = {
              (request: ssc.v1.IQueryFilingsRequest, callback: ssc.v1.TransactionService.QueryFilingsCallback): void;
              (request: ssc.v1.IQueryFilingsRequest): Promise<ssc.v1.QueryFilingsReply>;
              readonly name: "QueryFilings";
              readonly path: "/ssc.v1.TransactionService/QueryFilings";
              readonly requestType: "QueryFilingsRequest";
              readonly responseType: "QueryFilingsReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListDiseasesCallback = (error: (Error|null), response?: ssc.v1.ListDiseasesReply) => void;
            type ListDiseases = {
              (request: ssc.v1.IListDiseasesRequest, callback: ssc.v1.TransactionService.ListDiseasesCallback): void;
              (request: ssc.v1.IListDiseasesRequest): Promise<ssc.v1.ListDiseasesReply>;
              readonly name: "ListDiseases";
              readonly path: "/ssc.v1.TransactionService/ListDiseases";
              readonly requestType: "ListDiseasesRequest";
              readonly responseType: "ListDiseasesReply";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }
    }
}
